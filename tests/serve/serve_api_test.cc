// santun serve over real HTTP: the built binary on a free loopback port.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include <atomic>
#include <filesystem>
#include <set>
#include <thread>

#include "support/run.h"
#include "support/server_process.h"

namespace santun {
namespace {

using Json = nlohmann::json;
using testing::MakeTempDir;
using testing::RunSantun;
using testing::ServerProcess;
using testing::WriteFile;

constexpr const char* kAcceptance = "Dasar maling, bayar sekarang juga!";

httplib::Client Client(const ServerProcess& server) {
  httplib::Client c("127.0.0.1", server.port());
  c.set_read_timeout(20, 0);
  c.set_write_timeout(20, 0);
  c.set_tcp_nodelay(true);
  return c;
}

std::string Post(httplib::Client& c, const std::string& path, const std::string& body, int* status) {
  httplib::Result r = c.Post(path.c_str(), body, "application/json");
  *status = r ? r->status : -1;
  return r ? r->body : "";
}

// Sends raw bytes on a fresh connection and returns what came back until
// the server closed it (after its keep-alive timeout).
std::string Raw(int port, const std::string& bytes) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  timeval tv{20, 0};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  std::string out;
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0) {
    (void)!write(fd, bytes.data(), bytes.size());  // not half-closed: httplib drops a connection at EOF
    char buf[4096];
    for (ssize_t n; (n = read(fd, buf, sizeof buf)) > 0;) out.append(buf, static_cast<size_t>(n));
  }
  close(fd);
  return out;
}

TEST(ServeApi, CheckReturnsWhatCheckFormatJsonPrints) {
  ServerProcess server({});
  ASSERT_GT(server.port(), 0) << server.log();
  httplib::Client c = Client(server);
  int status = 0;
  const std::string body = Post(c, "/v1/check", Json{{"text", kAcceptance}}.dump(), &status);
  EXPECT_EQ(status, 200);
  testing::RunOutput cli = RunSantun({"check", "--format", "json", "-"}, kAcceptance);
  EXPECT_EQ(cli.exit_code, 1);
  EXPECT_EQ(body, cli.out);
  EXPECT_EQ(Json::parse(body)["files"][0]["messages"][0]["diagnostics"][0]["rule"], "abuse.accusation");

  // curl -d sends a form content type: the body is read as JSON all the same.
  httplib::Result form = c.Post("/v1/check", Json{{"text", kAcceptance}}.dump(), "application/x-www-form-urlencoded");
  ASSERT_TRUE(form);
  EXPECT_EQ(form->body, cli.out);

  // The request's own fields win over the defaults, as in a JSONL record.
  const std::string us = Post(
      c, "/v1/check",
      Json{{"id", "m7"}, {"text", "Pay now, you deadbeat!"}, {"profile", "us"}, {"channel", "sms"}}.dump(), &status);
  EXPECT_EQ(status, 200);
  const Json m = Json::parse(us)["files"][0]["messages"][0];
  EXPECT_EQ(m["id"], "m7");
  EXPECT_EQ(m["lang"], "en");
  std::vector<std::string> rules;
  for (const Json& d : m["diagnostics"]) rules.push_back(d["rule"]);
  EXPECT_NE(std::find(rules.begin(), rules.end(), "identity.opt-out-missing"), rules.end()) << us;
}

TEST(ServeApi, BatchesKeepOrderAndIds) {
  ServerProcess server({"--max-batch", "3"});
  ASSERT_GT(server.port(), 0) << server.log();
  httplib::Client c = Client(server);
  int status = 0;
  Json batch{{"messages",
              {{{"id", "a"}, {"text", kAcceptance}},
               {{"id", 2}, {"text", "Terima kasih atas pembayaran Anda."}},
               {{"id", "c"}, {"text", "Dasar penipu"}}}}};
  const Json doc = Json::parse(Post(c, "/v1/check", batch.dump(), &status));
  EXPECT_EQ(status, 200);
  const Json& messages = doc["files"][0]["messages"];
  ASSERT_EQ(messages.size(), 3u);
  EXPECT_EQ(messages[0]["id"], "a");
  EXPECT_EQ(messages[1]["id"], 2);  // a numeric id stays a number
  EXPECT_EQ(messages[2]["id"], "c");
  EXPECT_EQ(messages[2]["diagnostics"][0]["text"], "penipu");
  EXPECT_EQ(doc["summary"]["messages"], 3);

  batch["messages"].push_back({{"text", "satu lagi"}});
  const std::string over = Post(c, "/v1/check", batch.dump(), &status);
  EXPECT_EQ(status, 413);
  EXPECT_EQ(Json::parse(over)["error"], "a batch holds at most 3 messages, not 4");
}

TEST(ServeApi, BadRequestsGetJsonErrorsThatNameTheProblem) {
  ServerProcess server({"--max-body-bytes", "4096"});
  ASSERT_GT(server.port(), 0) << server.log();
  httplib::Client c = Client(server);
  int status = 0;
  auto error = [&](const std::string& path, const std::string& body) {
    const std::string out = Post(c, path, body, &status);
    const Json j = Json::parse(out, nullptr, false);
    return j.is_object() && j.contains("error") ? j["error"].get<std::string>() : "not a JSON error: " + out;
  };
  EXPECT_EQ(error("/v1/check", R"({"text": "Dasar)"), "invalid JSON at byte 15 of the request body");
  EXPECT_EQ(status, 400);
  EXPECT_EQ(error("/v1/check", ""), "the request body is empty: send a message object such as {\"text\": \"...\"}");
  EXPECT_EQ(status, 400);
  EXPECT_EQ(error("/v1/check", "{\"text\": \"ab\xC3\"}"), "invalid UTF-8 at byte 12 of the request body");
  EXPECT_EQ(error("/v1/check", R"({"txt": "x"})"), "missing 'text'");
  EXPECT_EQ(status, 400);
  EXPECT_EQ(error("/v1/check", R"({"text": "x", "lang": "fr"})"), R"('lang' must be "id", "en" or "auto")");
  EXPECT_EQ(error("/v1/check", R"({"text": "x", "send_at": "besok"})").rfind("'send_at': ", 0), 0u);
  EXPECT_EQ(error("/v1/check", R"({"messages": [{"text": "x"}, {"text": 3}]})"),
            "messages[1]: 'text' must be a string");
  EXPECT_EQ(error("/v1/check", R"({"messages": []})"), "'messages' is empty");
  EXPECT_EQ(error("/v1/check", "[1, 2]"), "a record must be a JSON object");
  EXPECT_EQ(error("/v1/rewrite", R"({"text": 1})"), "'text' must be a string");
  EXPECT_EQ(status, 400);

  EXPECT_EQ(error("/v1/check", Json{{"text", std::string(5000, 'a')}}.dump()),
            "the request body is larger than the limit of 4096 bytes");
  EXPECT_EQ(status, 413);

  httplib::Result missing = c.Get("/v2/check");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
  EXPECT_EQ(Json::parse(missing->body)["status"], 404);
  httplib::Result get_check = c.Get("/v1/check");
  ASSERT_TRUE(get_check);
  EXPECT_EQ(get_check->status, 405);
  EXPECT_EQ(get_check->get_header_value("Allow"), "POST");
  EXPECT_EQ(Json::parse(get_check->body)["error"], "method GET is not allowed on /v1/check; use POST");
  EXPECT_EQ(error("/healthz", "{}"), "method POST is not allowed on /healthz; use GET");
  EXPECT_EQ(status, 405);
  httplib::Result del = c.Delete("/v1/rules");
  ASSERT_TRUE(del);
  EXPECT_EQ(del->status, 405);
  EXPECT_EQ(del->get_header_value("Allow"), "GET, HEAD");

  // Nothing above stopped it.
  httplib::Result health = c.Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
}

TEST(ServeApi, GarbageSlowClientsAndDeepJsonNeitherCrashNorHang) {
  ServerProcess server({"--timeout", "1", "--workers", "2"});
  ASSERT_GT(server.port(), 0) << server.log();
  EXPECT_NE(Raw(server.port(), "\x01\x02 garbage\r\n\r\n").find("HTTP/1.1 400"), std::string::npos);
  EXPECT_NE(Raw(server.port(), "GET /" + std::string(10000, 'a') + " HTTP/1.1\r\n\r\n").find("HTTP/1.1 414"),
            std::string::npos);
  // A body shorter than its Content-Length, then silence: dropped after the timeout.
  std::thread slow(
      [&] { Raw(server.port(), "POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"te"); });
  httplib::Client c = Client(server);
  int status = 0;
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  const std::string out = Post(c, "/v1/check", deep, &status);
  EXPECT_EQ(status, 400) << out;
  slow.join();
  EXPECT_EQ(Post(c, "/v1/check", Json{{"text", kAcceptance}}.dump(), &status).empty(), false);
  EXPECT_EQ(status, 200);
  EXPECT_EQ(server.Stop(), 0) << server.log();
}

TEST(ServeApi, RulesRewriteHealthMetricsAndPages) {
  ServerProcess server({});
  ASSERT_GT(server.port(), 0) << server.log();
  httplib::Client c = Client(server);
  int status = 0;

  const std::string rewrite = Post(c, "/v1/rewrite", Json{{"text", kAcceptance}}.dump(), &status);
  EXPECT_EQ(status, 200);
  EXPECT_EQ(rewrite, RunSantun({"rewrite", "--format", "json", "-"}, kAcceptance).out);

  httplib::Result list = c.Get("/v1/rules");
  ASSERT_TRUE(list);
  const Json rules = Json::parse(list->body);
  Json expected = Json::parse(RunSantun({"rules", "--format", "json"}).out);
  ASSERT_EQ(rules["rules"].size(), expected["rules"].size());
  EXPECT_EQ(rules["rules"][0]["id"], expected["rules"][0]["id"]);
  EXPECT_EQ(rules["rules"][0]["url"], "/rules/" + expected["rules"][0]["id"].get<std::string>());

  httplib::Result one = c.Get("/v1/rules/abuse.accusation");
  ASSERT_TRUE(one);
  const Json rule = Json::parse(one->body);
  EXPECT_EQ(rule["severity"], "error");
  EXPECT_EQ(rule["help_uri"], "http://127.0.0.1:8080/rules/abuse.accusation");
  ASSERT_FALSE(rule["variants"].empty());
  EXPECT_FALSE(rule["variants"][0]["examples"].empty());
  httplib::Result typo = c.Get("/v1/rules/abuse.acusation");
  ASSERT_TRUE(typo);
  EXPECT_EQ(typo->status, 404);
  EXPECT_EQ(Json::parse(typo->body)["error"], "unknown rule 'abuse.acusation', did you mean 'abuse.accusation'?");

  httplib::Result page = c.Get("/rules/abuse.accusation");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_EQ(page->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_EQ(page->body, RunSantun({"explain", "abuse.accusation", "--format", "html"}).out);
  httplib::Result index = c.Get("/rules/");
  ASSERT_TRUE(index);
  EXPECT_NE(index->body.find("<a href=\"abuse.accusation.html\">abuse.accusation</a>"), std::string::npos);
  httplib::Result home = c.Get("/");
  ASSERT_TRUE(home);
  EXPECT_NE(home->body.find("<textarea id=\"draft\""), std::string::npos);
  EXPECT_NE(home->body.find("/web/app.js"), std::string::npos);
  httplib::Result js = c.Get("/web/app.js");
  ASSERT_TRUE(js);
  EXPECT_EQ(js->get_header_value("Content-Type"), "text/javascript; charset=utf-8");

  const Json health = Json::parse(c.Get("/healthz")->body);
  EXPECT_EQ(health["status"], "ok");
  std::set<std::string> ids;
  for (const Json& r : rules["rules"]) ids.insert(r["id"].get<std::string>());
  EXPECT_EQ(health["rules"], ids.size());
  const std::string metrics = c.Get("/metrics")->body;
  EXPECT_NE(metrics.find("santun_http_requests_total{route=\"/v1/rewrite\",status=\"200\"} 1\n"), std::string::npos);
  EXPECT_NE(metrics.find("santun_http_requests_total{route=\"/v1/rules/{id}\",status=\"404\"} 1\n"), std::string::npos);
  EXPECT_NE(metrics.find("santun_http_request_duration_seconds_bucket{route=\"/v1/rewrite\",le=\"+Inf\"} 1\n"),
            std::string::npos);
  EXPECT_NE(metrics.find("# TYPE santun_findings_total counter\n"), std::string::npos);
  EXPECT_EQ(server.Stop(), 0);
  // One line per request, with the route but never the message or the path.
  const std::string log = server.log();
  EXPECT_NE(log.find(" POST /v1/rewrite 200 "), std::string::npos) << log;
  EXPECT_NE(log.find(" GET /v1/rules/{id} 404 "), std::string::npos) << log;
  EXPECT_EQ(log.find("maling"), std::string::npos) << log;
  EXPECT_EQ(log.find("acusation"), std::string::npos) << log;
}

TEST(ServeApi, EightClientsTimesFiveHundredRequestsAllAnsweredAndMatched) {
  ServerProcess server({"--workers", "2", "--no-access-log"});
  ASSERT_GT(server.port(), 0) << server.log();
  constexpr int kClients = 8, kRequests = 500;
  std::atomic<int> matched{0}, wrong{0};
  std::vector<std::thread> clients;
  for (int k = 0; k < kClients; ++k) {
    clients.emplace_back([&, k] {
      httplib::Client c = Client(server);
      c.set_keep_alive(true);
      for (int i = 0; i < kRequests; ++i) {
        const std::string id = std::to_string(k) + "-" + std::to_string(i);
        // Every other message has an accusation that names the request.
        const std::string text = i % 2 ? "Dasar maling" + std::to_string(i) + " maling" : "Terima kasih, " + id;
        int status = 0;
        const Json doc =
            Json::parse(Post(c, "/v1/check", Json{{"id", id}, {"text", text}}.dump(), &status), nullptr, false);
        const bool ok = status == 200 && !doc.is_discarded() && doc["files"][0]["messages"][0]["id"] == id &&
                        doc["files"][0]["messages"][0]["diagnostics"].empty() == (i % 2 == 0);
        ++(ok ? matched : wrong);
      }
    });
  }
  for (std::thread& t : clients) t.join();
  EXPECT_EQ(matched.load(), kClients * kRequests);
  EXPECT_EQ(wrong.load(), 0);
  httplib::Client c = Client(server);
  const std::string metrics = c.Get("/metrics")->body;
  EXPECT_NE(metrics.find("santun_http_requests_total{route=\"/v1/check\",status=\"200\"} 4000\n"), std::string::npos)
      << metrics.substr(0, 400);
}

constexpr const char* kHousePack = R"([pack]
langs = ["id"]

[[rule]]
id = "abuse.%s"
severity = "error"
summary = "kata kasar"
message = "kata kasar '{match}'"
why = "tidak sopan"
refs = ["POJK 22/2023 Pasal 62 ayat (2) huruf b"]
terms = ["%s"]

[[rule.example]]
text = "dasar <<%s>>"
)";

std::string HousePack(const std::string& id, const std::string& term) {
  char buf[1024];
  std::snprintf(buf, sizeof buf, kHousePack, id.c_str(), term.c_str(), term.c_str());
  return buf;
}

std::vector<std::string> RulesOf(const std::string& body) {
  std::vector<std::string> out;
  const Json doc = Json::parse(body, nullptr, false);
  if (doc.is_discarded()) return {"not JSON"};
  for (const Json& d : doc["files"][0]["messages"][0]["diagnostics"]) out.push_back(d["rule"]);
  return out;
}

TEST(ServeApi, SighupReloadsAndABrokenPackKeepsTheOldRules) {
  const std::string dir = MakeTempDir();
  WriteFile(dir + "/house/house.toml", HousePack("zorblat", "zorblat"));
  ServerProcess server({"--rules", dir + "/house"});
  ASSERT_GT(server.port(), 0) << server.log();
  httplib::Client c = Client(server);
  int status = 0;
  const std::string message = Json{{"text", "Halo zorblat, halo quuxle"}}.dump();
  EXPECT_EQ(RulesOf(Post(c, "/v1/check", message, &status)), std::vector<std::string>{"abuse.zorblat"});

  // Requests keep being answered while the rules are reloaded.
  std::atomic<bool> done{false};
  std::atomic<int> answered{0}, failed{0};
  std::thread traffic([&] {
    httplib::Client t = Client(server);
    while (!done) {
      int s = 0;
      Post(t, "/v1/check", message, &s);
      ++(s == 200 ? answered : failed);
    }
  });

  WriteFile(dir + "/house/house.toml", "[pack]\nlangs = [\"id\"]\n\n[[rule]]\nid = \"abuse.zorblat\"\nsevrity = 1\n");
  server.Signal(SIGHUP);
  ASSERT_TRUE(server.WaitForLog("reload failed")) << server.log();
  EXPECT_NE(server.log().find(dir + "/house/house.toml:6: unknown key 'sevrity', did you mean 'severity'?"),
            std::string::npos)
      << server.log();
  EXPECT_EQ(RulesOf(Post(c, "/v1/check", message, &status)), std::vector<std::string>{"abuse.zorblat"});
  EXPECT_EQ(Json::parse(c.Get("/healthz")->body)["reloads"]["failed"], 1);

  WriteFile(dir + "/house/house.toml", HousePack("quuxle", "quuxle"));
  server.Signal(SIGHUP);
  ASSERT_TRUE(server.WaitForLog("reloaded the rules")) << server.log();
  EXPECT_EQ(RulesOf(Post(c, "/v1/check", message, &status)), std::vector<std::string>{"abuse.quuxle"});
  EXPECT_EQ(Json::parse(c.Get("/healthz")->body)["reloads"]["ok"], 1);
  done = true;
  traffic.join();
  EXPECT_GT(answered.load(), 0);
  EXPECT_EQ(failed.load(), 0);
  EXPECT_EQ(server.Stop(), 0) << server.log();
}

// Every rule link that santun prints resolves: each helpUri of `santun check
// --format sarif` over the corpus is a generated page in docs/rules/ and a
// page that santun serve serves.
TEST(ServeApi, EveryHelpUriOfTheCorpusIsAPageThatExists) {
  std::vector<std::string> args = {"check", "--input", "jsonl", "--format", "sarif"};
  for (const auto& f : std::filesystem::directory_iterator(testing::SourcePath("corpus"))) {
    if (f.path().extension() == ".jsonl") args.push_back(f.path().string());
  }
  testing::RunOutput r = RunSantun(args);
  ASSERT_EQ(r.exit_code, 1) << r.err;
  const Json sarif = Json::parse(r.out);
  const Json& driver = sarif["runs"][0]["tool"]["driver"];
  std::set<std::string> links = {driver["informationUri"].get<std::string>()};
  for (const Json& rule : driver["rules"]) links.insert(rule["helpUri"].get<std::string>());
  ASSERT_GT(links.size(), 50u);
  ServerProcess server({});
  ASSERT_GT(server.port(), 0) << server.log();
  httplib::Client c = Client(server);
  const std::string base = "http://127.0.0.1:8080/rules/";
  for (const std::string& link : links) {
    ASSERT_EQ(link.rfind(base, 0), 0u) << link;
    const std::string id = link.substr(base.size());
    EXPECT_TRUE(std::filesystem::exists(testing::SourcePath("docs/rules/" + id + ".md"))) << link;
    httplib::Result page = c.Get(("/rules/" + id).c_str());
    ASSERT_TRUE(page) << link;
    EXPECT_EQ(page->status, 200) << link;
  }
}

TEST(ServeApi, BrokenPackAtStartExitsTwo) {
  const std::string dir = MakeTempDir();
  WriteFile(dir + "/x.toml", "[[rule]]\nid = 3\n");
  testing::RunOutput r = RunSantun({"serve", "--port", "0", "--rules", dir});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "santun: error: " + dir + "/x.toml:2: 'id' must be a string, not an integer\n");
}

}  // namespace
}  // namespace santun
