#include "platform/report/pdf_page.hpp"

#include <cairo-pdf.h>
#include <cairo.h>

#include <algorithm>
#include <cstdio>

namespace samordna::report {
namespace {
constexpr double kWidth = 595.28;  // A4 in points
constexpr double kHeight = 841.89;
constexpr double kMargin = 56;
constexpr double kBottom = kHeight - kMargin;

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}
}  // namespace

PdfDocument::PdfDocument()
    : surface_(cairo_pdf_surface_create_for_stream(append, &bytes_, kWidth, kHeight)),
      cr_(cairo_create(surface_)),
      y_(kMargin) {}

PdfDocument::~PdfDocument() {
  if (cr_) cairo_destroy(cr_);
  if (surface_) cairo_surface_destroy(surface_);
}

void PdfDocument::need(double height) {
  if (y_ + height <= kBottom) return;
  cairo_show_page(cr_);
  y_ = kMargin;
}

void PdfDocument::text_at(double x, double y, const std::string& text, double size, bool bold) {
  cairo_select_font_face(cr_, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
                         bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr_, size);
  cairo_move_to(cr_, x, y);
  cairo_show_text(cr_, text.c_str());
}

double PdfDocument::text_width(const std::string& text, double size, bool bold) {
  cairo_select_font_face(cr_, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
                         bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr_, size);
  cairo_text_extents_t extents;
  cairo_text_extents(cr_, text.c_str(), &extents);
  return extents.x_advance;
}

void PdfDocument::title(const std::string& text) {
  need(40);
  cairo_set_source_rgb(cr_, 0.05, 0.2, 0.35);
  text_at(kMargin, y_ + 20, text, 18, true);
  cairo_set_source_rgb(cr_, 0, 0, 0);
  y_ += 36;
}

void PdfDocument::heading(const std::string& text) {
  need(40);
  y_ += 10;
  text_at(kMargin, y_ + 14, text, 12.5, true);
  y_ += 24;
}

void PdfDocument::paragraph(const std::string& text) {
  // Wraps at word boundaries to the text width.
  const double size = 10;
  std::string line;
  std::size_t start = 0;
  auto flush = [&] {
    need(15);
    text_at(kMargin, y_ + 11, line, size);
    y_ += 15;
    line.clear();
  };
  while (start <= text.size()) {
    auto space = text.find(' ', start);
    const std::string word = text.substr(start, space == std::string::npos ? std::string::npos : space - start);
    const std::string candidate = line.empty() ? word : line + " " + word;
    if (!line.empty() && text_width(candidate, size) > kWidth - 2 * kMargin) flush();
    line = line.empty() ? word : line + " " + word;
    if (space == std::string::npos) break;
    start = space + 1;
  }
  if (!line.empty()) flush();
  y_ += 4;
}

void PdfDocument::table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows) {
  const double size = 9.5;
  const double first = std::max(160.0, (kWidth - 2 * kMargin) * 0.4);
  const double rest = header.size() > 1 ? (kWidth - 2 * kMargin - first) / double(header.size() - 1) : 0;
  auto draw = [&](const std::vector<std::string>& cells, bool bold) {
    need(16);
    for (std::size_t i = 0; i < cells.size() && i < header.size(); ++i) {
      if (i == 0) {
        text_at(kMargin, y_ + 11, cells[i], size, bold);
      } else {
        const double right = kMargin + first + rest * double(i);
        text_at(right - text_width(cells[i], size, bold) - 4, y_ + 11, cells[i], size, bold);
      }
    }
    y_ += 16;
    cairo_set_line_width(cr_, bold ? 0.8 : 0.3);
    cairo_move_to(cr_, kMargin, y_);
    cairo_line_to(cr_, kWidth - kMargin, y_);
    cairo_stroke(cr_);
  };
  draw(header, true);
  for (const auto& row : rows) draw(row, false);
  y_ += 8;
}

void PdfDocument::bar_chart(const std::string& caption, const std::vector<Bar>& bars) {
  const double row = 16;
  need(24 + row * double(bars.size()));
  text_at(kMargin, y_ + 11, caption, 10, true);
  y_ += 18;
  double top = 0;
  for (const auto& b : bars) top = std::max(top, b.value.value_or(0));
  const double label_width = 170;
  const double span = kWidth - 2 * kMargin - label_width - 50;
  for (const auto& b : bars) {
    text_at(kMargin, y_ + 11, b.label, 9);
    if (b.value && top > 0) {
      cairo_set_source_rgb(cr_, 0.12, 0.38, 0.6);
      cairo_rectangle(cr_, kMargin + label_width, y_ + 2, span * *b.value / top, row - 5);
      cairo_fill(cr_);
      cairo_set_source_rgb(cr_, 0, 0, 0);
      char number[32];
      std::snprintf(number, sizeof number, "%.0f", *b.value);
      text_at(kMargin + label_width + span * *b.value / top + 4, y_ + 11, number, 9);
    } else {
      text_at(kMargin + label_width, y_ + 11, "..", 9);
    }
    y_ += row;
  }
  y_ += 8;
}

std::string PdfDocument::finish() {
  cairo_destroy(cr_);
  cr_ = nullptr;
  cairo_surface_finish(surface_);
  cairo_surface_destroy(surface_);
  surface_ = nullptr;
  return bytes_;
}

}  // namespace samordna::report
