#include "platform/http/static_files.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

namespace samordna::http {
namespace {

namespace fs = std::filesystem;

std::string header_of(const Response& r, const std::string& name) {
  auto it = std::find_if(r.headers.begin(), r.headers.end(), [&](const auto& h) { return h.first == name; });
  return it == r.headers.end() ? std::string() : it->second;
}

class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("samordna-static-" + std::to_string(::getpid()));
    fs::create_directories(root_ / "assets");
    write("index.html", "<!doctype html><title>Samordna</title> and enough text to be worth compressing");
    write("index.html.br", "BR-INDEX");
    write("assets/app-1a2b.js", "console.log('a large script that compresses well, well, well');");
    write("assets/app-1a2b.js.br", "BR-APP");
    write("assets/app-1a2b.js.gz", "GZ-APP");
    write("assets/tiny-9f.css", "a{}");
    write("assets/tiny-9f.css.gz", "a gzip copy larger than the file itself");
    write("assets/stray-00.js.br", "no original beside it");
  }
  void TearDown() override { fs::remove_all(root_); }
  void write(const std::string& name, const std::string& body) {
    std::ofstream(root_ / name, std::ios::binary) << body;
  }
  static Request get(const std::string& path, const std::string& accept_encoding = "") {
    Request r{"GET", path, {}, {}, "", "127.0.0.1"};
    if (!accept_encoding.empty()) r.headers["accept-encoding"] = accept_encoding;
    return r;
  }
  fs::path root_;
};

TEST_F(StaticFilesTest, SendsThePrecompressedCopyTheClientAccepts) {
  StaticFiles files(root_.string());
  auto br = files.serve(get("/assets/app-1a2b.js", "gzip, deflate, br"));
  EXPECT_EQ(br.body, "BR-APP");
  EXPECT_EQ(header_of(br, "Content-Encoding"), "br");
  EXPECT_EQ(header_of(br, "Vary"), "Accept-Encoding");
  EXPECT_EQ(header_of(br, "Cache-Control"), "public, max-age=31536000, immutable");
  EXPECT_EQ(br.content_type, "text/javascript; charset=utf-8");

  auto gzip = files.serve(get("/assets/app-1a2b.js", "gzip"));
  EXPECT_EQ(gzip.body, "GZ-APP");
  EXPECT_EQ(header_of(gzip, "Content-Encoding"), "gzip");

  auto plain = files.serve(get("/assets/app-1a2b.js"));
  EXPECT_EQ(plain.body, "console.log('a large script that compresses well, well, well');");
  EXPECT_EQ(header_of(plain, "Content-Encoding"), "");
  EXPECT_EQ(header_of(plain, "Vary"), "Accept-Encoding");  // caches must keep the copies apart
}

TEST_F(StaticFilesTest, TheClientRouterFallbackIsCompressedToo) {
  StaticFiles files(root_.string());
  auto page = files.serve(get("/medlemmar", "br"));
  EXPECT_EQ(page.body, "BR-INDEX");
  EXPECT_EQ(header_of(page, "Content-Encoding"), "br");
  EXPECT_EQ(header_of(page, "Cache-Control"), "no-cache");
}

TEST_F(StaticFilesTest, CopiesAreNotUrlsAndLargerCopiesAreNotUsed) {
  StaticFiles files(root_.string());
  EXPECT_EQ(files.serve(get("/assets/app-1a2b.js.br")).status, 404);
  EXPECT_EQ(files.serve(get("/assets/stray-00.js.br")).status, 404);
  auto css = files.serve(get("/assets/tiny-9f.css", "gzip"));
  EXPECT_EQ(css.body, "a{}");
  EXPECT_EQ(header_of(css, "Content-Encoding"), "");
  EXPECT_EQ(header_of(css, "Vary"), "");
  EXPECT_EQ(files.size(), 3U);  // index.html, the script and the style sheet
}

}  // namespace
}  // namespace samordna::http
