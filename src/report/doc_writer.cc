#include "report/doc_writer.h"

#include <algorithm>

namespace santun {
namespace {

// Markdown: text is escaped where it would otherwise start markup; code is
// a code span whose fence is longer than any run of backticks inside it.
std::string MarkdownText(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\n') {
      out += "  \n";
      continue;
    }
    if (c == '\\' || c == '`' || c == '*' || c == '_' || c == '<' || c == '>' || c == '[' || c == ']' || c == '|') {
      out.push_back('\\');
    }
    out.push_back(c);
  }
  return out;
}

std::string MarkdownCode(std::string_view code) {
  std::string text(code);
  std::replace(text.begin(), text.end(), '\n', ' ');
  size_t longest = 0, run = 0;
  for (char c : text) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  const std::string fence(longest + 1, '`');
  const bool pad = !text.empty() && (text.front() == '`' || text.back() == '`' || text.front() == ' ');
  return fence + (pad ? " " : "") + text + (pad ? " " : "") + fence;
}

class MarkdownWriter : public DocWriter {
 public:
  void Begin(std::string_view, std::string_view) override {}
  void Heading(int level, std::string_view text) override {
    Separate();
    out_ += std::string(level, '#') + " " + MarkdownText(text) + "\n";
  }
  void Paragraph(std::string_view text) override {
    Separate();
    out_ += MarkdownText(text) + "\n";
  }
  void CodeParagraph(std::string_view text) override {
    Separate();
    out_ += MarkdownCode(text) + "\n";
  }
  void BeginList() override { Separate(); }
  void Item(std::string_view label, std::string_view text, std::string_view code) override {
    out_ += "-";
    if (!label.empty()) out_ += " **" + MarkdownText(label) + "**";
    if (!text.empty()) out_ += " " + MarkdownText(text);
    if (!code.empty()) out_ += " " + MarkdownCode(code);
    out_ += "\n";
  }
  void LinkItem(std::string_view href, std::string_view text, std::string_view rest) override {
    out_ += "- [" + MarkdownText(text) + "](" + std::string(href) + ")";
    if (!rest.empty()) out_ += " " + MarkdownText(rest);
    out_ += "\n";
  }
  void EndList() override {}
  void Link(std::string_view href, std::string_view text) override {
    Separate();
    out_ += "[" + MarkdownText(text) + "](" + std::string(href) + ")\n";
  }
  std::string Finish() override { return out_; }

 private:
  void Separate() {
    if (!out_.empty()) out_ += "\n";
  }
  std::string out_;
};

// A whole HTML document with a small inline style sheet: readable at phone
// width, high-contrast, with visible focus; nothing is fetched.
constexpr const char* kHtmlStyle =
    "body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:0 auto;padding:1rem;color:#111;background:#fff}"
    "code{font:0.95em ui-monospace,monospace;background:#f1f1f1;padding:0 .2em;border-radius:3px;"
    "overflow-wrap:anywhere}"
    "p.code{font:0.95em ui-monospace,monospace;background:#f1f1f1;padding:.5em;overflow-wrap:anywhere}"
    "a{color:#0645ad}a:focus{outline:3px solid #c60;outline-offset:2px}"
    "h1{font-size:1.6rem;overflow-wrap:anywhere}h2{font-size:1.3rem;border-bottom:1px solid #ccc}"
    "h3{font-size:1.05rem}";

class HtmlWriter : public DocWriter {
 public:
  void Begin(std::string_view title, std::string_view lang) override {
    out_ = "<!DOCTYPE html>\n<html lang=\"" + HtmlEscape(lang) +
           "\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
           HtmlEscape(title) + "</title>\n<style>" + kHtmlStyle + "</style>\n</head>\n<body>\n<main>\n";
  }
  void Heading(int level, std::string_view text) override {
    const std::string h = "h" + std::to_string(level);
    out_ += "<" + h + ">" + HtmlEscape(text) + "</" + h + ">\n";
  }
  void Paragraph(std::string_view text) override { out_ += "<p>" + Lines(text) + "</p>\n"; }
  void CodeParagraph(std::string_view text) override { out_ += "<p class=\"code\">" + Lines(text) + "</p>\n"; }
  void BeginList() override { out_ += "<ul>\n"; }
  void Item(std::string_view label, std::string_view text, std::string_view code) override {
    out_ += "<li>";
    if (!label.empty()) out_ += "<strong>" + HtmlEscape(label) + "</strong> ";
    out_ += HtmlEscape(text);
    if (!code.empty()) out_ += " <code>" + HtmlEscape(code) + "</code>";
    out_ += "</li>\n";
  }
  void LinkItem(std::string_view href, std::string_view text, std::string_view rest) override {
    out_ += "<li><a href=\"" + HtmlEscape(href) + "\">" + HtmlEscape(text) + "</a>";
    if (!rest.empty()) out_ += " " + HtmlEscape(rest);
    out_ += "</li>\n";
  }
  void EndList() override { out_ += "</ul>\n"; }
  void Link(std::string_view href, std::string_view text) override {
    out_ += "<p><a href=\"" + HtmlEscape(href) + "\">" + HtmlEscape(text) + "</a></p>\n";
  }
  std::string Finish() override { return out_ + "</main>\n</body>\n</html>\n"; }

 private:
  static std::string Lines(std::string_view text) {
    std::string out;
    size_t start = 0;
    for (size_t nl; (nl = text.find('\n', start)) != std::string_view::npos; start = nl + 1) {
      out += HtmlEscape(text.substr(start, nl - start)) + "<br>";
    }
    return out + HtmlEscape(text.substr(start));
  }
  std::string out_;
};

}  // namespace

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

std::unique_ptr<DocWriter> MakeMarkdownWriter() { return std::make_unique<MarkdownWriter>(); }
std::unique_ptr<DocWriter> MakeHtmlWriter() { return std::make_unique<HtmlWriter>(); }

}  // namespace santun
