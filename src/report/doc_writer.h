#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace santun {

/// Writes a simple document (headings, paragraphs, lists, code, links) as
/// Markdown or as HTML, so that the rule reference has one description and
/// two renderings. Text arguments are plain text: each writer escapes them.
class DocWriter {
 public:
  virtual ~DocWriter() = default;

  /// Starts the document; `title` is the page title (HTML <title>).
  virtual void Begin(std::string_view title, std::string_view lang) = 0;
  virtual void Heading(int level, std::string_view text) = 0;
  virtual void Paragraph(std::string_view text) = 0;
  /// A paragraph of monospace text (a message or an example).
  virtual void CodeParagraph(std::string_view text) = 0;
  virtual void BeginList() = 0;
  /// One item: `label` in bold (may be ""), then `text`, then `code` in
  /// monospace (may be "").
  virtual void Item(std::string_view label, std::string_view text, std::string_view code = "") = 0;
  /// One item that links to `href` with `text`, followed by `rest`.
  virtual void LinkItem(std::string_view href, std::string_view text, std::string_view rest) = 0;
  virtual void EndList() = 0;
  /// A paragraph that is only a link.
  virtual void Link(std::string_view href, std::string_view text) = 0;
  /// Returns the whole document.
  virtual std::string Finish() = 0;
};

std::unique_ptr<DocWriter> MakeMarkdownWriter();
std::unique_ptr<DocWriter> MakeHtmlWriter();

/// Escapes &, <, >, " and ' for HTML text and attribute values.
std::string HtmlEscape(std::string_view text);

}  // namespace santun
