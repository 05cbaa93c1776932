#pragma once
// A small drawing surface over cairo for A4 PDF reports: headings, paragraphs, tables and horizontal bar
// charts, all vector, in DejaVu Sans (å, ä, ö). Pages break when the space runs out.
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct _cairo;
struct _cairo_surface;

namespace samordna::report {

struct Bar {
  std::string label;
  std::optional<double> value;  // nullopt: hidden (suppressed) or no data, drawn as "..".
};

class PdfDocument {
 public:
  PdfDocument();
  ~PdfDocument();
  PdfDocument(const PdfDocument&) = delete;
  PdfDocument& operator=(const PdfDocument&) = delete;

  void title(const std::string& text);
  void heading(const std::string& text);
  void paragraph(const std::string& text);
  // A table; the first column left-aligned, the others right-aligned.
  void table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows);
  void bar_chart(const std::string& caption, const std::vector<Bar>& bars);
  // Finishes the document and returns the PDF bytes.
  std::string finish();

 private:
  void need(double height);
  void text_at(double x, double y, const std::string& text, double size, bool bold = false);
  double text_width(const std::string& text, double size, bool bold = false);
  std::string bytes_;
  _cairo_surface* surface_ = nullptr;
  _cairo* cr_ = nullptr;
  double y_ = 0;
};

}  // namespace samordna::report
