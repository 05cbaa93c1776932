#include "platform/spreadsheet/xlsx_workbook.hpp"

#include <expat.h>
#include <zip.h>

#include <cmath>
#include <cstdlib>
#include <exception>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace samordna::platform {
namespace {

constexpr zip_uint64_t kMaxPart = zip_uint64_t{64} << 20;        // workbook, relations, styles, shared strings
constexpr zip_uint64_t kMaxSheet = zip_uint64_t{512} << 20;      // the worksheet, streamed
constexpr int kMaxColumns = 16384;                               // XFD, Excel's last column
constexpr std::size_t kMaxSharedStrings = std::size_t{1} << 20;  // a million distinct texts (each costs its string)
constexpr long kMaxRows = 1048576;                               // Excel's last row
constexpr std::size_t kMaxCellBytes = std::size_t{1} << 20;      // one cell's text
constexpr std::size_t kMaxRowBytes = std::size_t{4} << 20;       // one row's texts, shared ones copied
constexpr std::size_t kMaxCellsMade = std::size_t{64} << 20;     // cells of the whole sheet, blank ones included
constexpr double kDays1904 = 1462;  // a 1904-system serial (Mac Excel of old) plus this is the 1900 system's

core::Error file_error(const char* code) { return core::Error::invalid("file", code); }

std::string_view local_name(const XML_Char* name) {
  std::string_view n(name);
  const auto colon = n.rfind(':');
  return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

const XML_Char* attribute(const XML_Char** attrs, std::string_view wanted) {
  for (int i = 0; attrs[i]; i += 2) {
    if (local_name(attrs[i]) == wanted) return attrs[i + 1];
  }
  return nullptr;
}

struct ZipArchive {
  zip_t* archive = nullptr;
  ~ZipArchive() {
    if (archive) zip_discard(archive);
  }
};

// Feeds a part of the archive to an expat parser in chunks. Returns the error code, or nullptr when parsed.
const char* parse_part(zip_t* archive, const std::string& name, zip_uint64_t limit, XML_Parser parser, bool required) {
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat(archive, name.c_str(), ZIP_FL_NOCASE, &stat) != 0) return required ? "damaged" : nullptr;
  if ((stat.valid & ZIP_STAT_SIZE) && stat.size > limit) return "too_large";
  std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(zip_fopen(archive, name.c_str(), ZIP_FL_NOCASE), zip_fclose);
  if (!file) return "damaged";
  std::vector<char> buffer(64 * 1024);
  zip_uint64_t total = 0;
  for (;;) {
    const zip_int64_t got = zip_fread(file.get(), buffer.data(), buffer.size());
    if (got < 0) return "damaged";
    total += zip_uint64_t(got);
    if (total > limit) return "too_large";
    const auto status = XML_Parse(parser, buffer.data(), int(got), got == 0);
    if (status == XML_STATUS_SUSPENDED) return nullptr;
    if (status == XML_STATUS_ERROR) {
      return XML_GetErrorCode(parser) == XML_ERROR_ABORTED ? nullptr : "damaged";
    }
    if (got == 0) return nullptr;
  }
}

// An expat parser with handlers on `Self` (StartElement, EndElement, Text), refusing a DOCTYPE.
template <class Self>
struct Parser {
  XML_Parser parser = XML_ParserCreate(nullptr);
  explicit Parser(Self& self) {
    XML_SetUserData(parser, &self);
    XML_SetElementHandler(
        parser, [](void* s, const XML_Char* n, const XML_Char** a) { static_cast<Self*>(s)->start(n, a); },
        [](void* s, const XML_Char* n) { static_cast<Self*>(s)->end(n); });
    XML_SetCharacterDataHandler(parser, [](void* s, const XML_Char* t, int len) {
      static_cast<Self*>(s)->text(std::string_view(t, std::size_t(len)));
    });
    XML_SetStartDoctypeDeclHandler(parser, [](void* s, const XML_Char*, const XML_Char*, const XML_Char*, int) {
      auto* handler = static_cast<Self*>(s);
      handler->doctype = true;
      XML_StopParser(handler->xml, XML_FALSE);
    });
    self.xml = parser;
  }
  ~Parser() { XML_ParserFree(parser); }
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;
};

struct Handler {
  XML_Parser xml = nullptr;
  bool doctype = false;
};

// xl/workbook.xml: the first sheet's relation id.
struct Workbook : Handler {
  std::string first_sheet;
  bool date1904 = false;  // <workbookPr date1904="1"/>: serial days count from 1904-01-01
  void start(const XML_Char* name, const XML_Char** attrs) {
    const auto n = local_name(name);
    if (n == "sheet" && first_sheet.empty()) {
      if (const auto* id = attribute(attrs, "id")) first_sheet = id;
    } else if (n == "workbookPr") {
      const auto* d = attribute(attrs, "date1904");
      date1904 = d && (std::string_view(d) == "1" || std::string_view(d) == "true");
    }
  }
  void end(const XML_Char*) {}
  void text(std::string_view) {}
};

// xl/_rels/workbook.xml.rels: relation id → target.
struct Relations : Handler {
  std::map<std::string, std::string> targets;
  void start(const XML_Char* name, const XML_Char** attrs) {
    if (local_name(name) != "Relationship") return;
    const auto* id = attribute(attrs, "Id");
    const auto* target = attribute(attrs, "Target");
    if (id && target) targets[id] = target;
  }
  void end(const XML_Char*) {}
  void text(std::string_view) {}
};

// xl/styles.xml: which cell formats (by index in cellXfs) show dates.
struct Styles : Handler {
  std::set<long> date_formats{14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 32, 33,
                              34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58};
  std::vector<bool> date_styles;
  bool in_cell_xfs = false;
  void start(const XML_Char* name, const XML_Char** attrs) {
    const auto n = local_name(name);
    if (n == "numFmt") {
      const auto* id = attribute(attrs, "numFmtId");
      const auto* code = attribute(attrs, "formatCode");
      if (id && code) {
        const long number = std::strtol(id, nullptr, 10);
        if (is_date_format(code)) {
          date_formats.insert(number);
        } else {
          date_formats.erase(number);
        }
      }
    } else if (n == "cellXfs") {
      in_cell_xfs = true;
    } else if (n == "xf" && in_cell_xfs) {
      const auto* id = attribute(attrs, "numFmtId");
      date_styles.push_back(id && date_formats.count(std::strtol(id, nullptr, 10)) > 0);
    }
  }
  void end(const XML_Char* name) {
    if (local_name(name) == "cellXfs") in_cell_xfs = false;
  }
  void text(std::string_view) {}
};

// xl/sharedStrings.xml: each <si>'s text runs, without phonetic guides (<rPh>).
struct SharedStrings : Handler {
  std::vector<std::string> strings;
  std::string current;
  bool in_t = false;
  bool in_phonetic = false;
  zip_uint64_t bytes = 0;
  void start(const XML_Char* name, const XML_Char**) {
    const auto n = local_name(name);
    if (n == "si") current.clear();
    if (n == "rPh") in_phonetic = true;
    if (n == "t") in_t = true;
  }
  bool too_many = false;
  void end(const XML_Char* name) {
    const auto n = local_name(name);
    if (n == "t") in_t = false;
    if (n == "rPh") in_phonetic = false;
    if (n == "si") {
      strings.push_back(std::move(current));
      if (strings.size() > kMaxSharedStrings) {
        too_many = true;
        XML_StopParser(xml, XML_FALSE);
      }
    }
  }
  void text(std::string_view t) {
    if (in_t && !in_phonetic) current += t;
  }
};

int column_of(std::string_view reference) {
  int column = 0;
  for (char c : reference) {
    if (c >= 'A' && c <= 'Z') {
      column = column * 26 + (c - 'A' + 1);
      if (column > kMaxColumns) return -1;
    } else {
      break;
    }
  }
  return column;
}

// The worksheet, row by row.
struct Sheet : Handler {
  const std::vector<std::string>* strings = nullptr;
  const std::vector<bool>* date_styles = nullptr;
  const RowVisitor* visit = nullptr;
  bool date1904 = false;
  SheetRow row;
  int last_row = 0;
  int column = 0;
  std::string type;
  long style = 0;
  std::string value;
  bool in_value = false;
  bool in_inline_text = false;
  std::size_t row_bytes = 0;   // of the cells of this row
  std::size_t cells_made = 0;  // of every row so far, blank cells included
  const char* error = nullptr;
  std::exception_ptr thrown;  // by the visitor: kept, and rethrown once expat has returned

  void fail(const char* code) {
    if (!error) error = code;
    XML_StopParser(xml, XML_FALSE);
  }
  void start(const XML_Char* name, const XML_Char** attrs) {
    if (error || thrown) return;
    const auto n = local_name(name);
    if (n == "row") {
      const auto* r = attribute(attrs, "r");
      const long number = r ? std::strtol(r, nullptr, 10) : last_row + 1L;
      if (number <= last_row || number > kMaxRows) return fail("damaged");
      row.number = int(number);
      row.cells.clear();
      row_bytes = 0;
      column = 0;
    } else if (n == "c") {
      const auto* r = attribute(attrs, "r");
      const int at = r ? column_of(r) : column + 1;
      if (at <= column || at < 1) return fail("damaged");
      column = at;
      const auto* t = attribute(attrs, "t");
      type = t ? t : "n";
      const auto* st = attribute(attrs, "s");
      style = st ? std::strtol(st, nullptr, 10) : 0;
      value.clear();
    } else if (n == "v") {
      in_value = true;
    } else if (n == "t") {
      in_inline_text = true;
    }
  }
  void end(const XML_Char* name) {
    // Expat still reports the end of an empty element after a stop: nothing more is stored then.
    if (error || thrown) return;
    const auto n = local_name(name);
    if (n == "v") {
      in_value = false;
    } else if (n == "t") {
      in_inline_text = false;
    } else if (n == "c") {
      store_cell();
    } else if (n == "row") {
      last_row = row.number;
      bool any = false;
      for (const auto& c : row.cells) any = any || c.find_first_not_of(" \t") != std::string::npos;
      if (!any) return;
      bool go_on = false;
      try {
        go_on = (*visit)(row);
      } catch (...) {
        thrown = std::current_exception();  // never through expat's C frames
      }
      if (!go_on) XML_StopParser(xml, XML_FALSE);
    }
  }
  void text(std::string_view t) {
    if (error || thrown || !(in_value || in_inline_text)) return;
    if (value.size() + t.size() > kMaxCellBytes) return fail("too_large");
    value += t;
  }
  void store_cell() {
    if (column < 1) return fail("damaged");
    std::string shown;
    if (type == "s") {
      char* rest = nullptr;
      const long index = std::strtol(value.c_str(), &rest, 10);
      if (value.empty() || *rest != '\0' || index < 0 || std::size_t(index) >= strings->size()) {
        return fail("damaged");
      }
      shown = (*strings)[std::size_t(index)];
    } else if (type == "n") {
      const bool date = style >= 0 && std::size_t(style) < date_styles->size() && (*date_styles)[std::size_t(style)];
      char* rest = nullptr;
      const double number = std::strtod(value.c_str(), &rest);
      const auto day = date && !value.empty() && *rest == '\0'
                           ? excel_serial_date(date1904 ? number + kDays1904 : number)
                           : std::nullopt;
      shown = day ? day->iso() : plain_number(value);
    } else if (type == "d" && value.size() > 10 && value[10] == 'T') {
      shown = value.substr(0, 10);  // an ISO date and time: the day
    } else {
      shown = value;  // str, inlineStr, b (0 or 1), e (#N/A …), d (an ISO date)
    }
    // A row, and the sheet, are bounded however the cells are shared or spread out.
    row_bytes += shown.size();
    cells_made += std::size_t(column) - row.cells.size();
    if (row_bytes > kMaxRowBytes || cells_made > kMaxCellsMade) return fail("too_large");
    row.cells.resize(std::size_t(column));
    row.cells[std::size_t(column) - 1] = std::move(shown);
  }
};

std::string resolve_target(const std::string& target) {
  if (target.empty()) return "xl/worksheets/sheet1.xml";
  if (target.front() == '/') return target.substr(1);
  return "xl/" + target;
}

template <class H>
const char* parse_into(zip_t* archive, const std::string& name, zip_uint64_t limit, H& handler, bool required) {
  Parser<H> parser(handler);
  const char* error = parse_part(archive, name, limit, parser.parser, required);
  if (handler.doctype) return "damaged";
  return error;
}

}  // namespace

std::optional<core::CivilDate> excel_serial_date(double serial) {
  if (!std::isfinite(serial) || serial < 61 || serial >= 2958466) return std::nullopt;
  // Day 61 is 1900-03-01; from there the count is true, and 25569 is 1970-01-01.
  return core::CivilDate::from_days(int(std::floor(serial)) - 25569);
}

bool is_date_format(std::string_view code) {
  bool quoted = false;
  bool bracket = false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == '\\' || c == '_' || c == '*') {
      ++i;
      continue;
    }
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '[') bracket = true;
    if (c == ']') bracket = false;
    if (bracket) continue;
    if (c == ';') break;  // the first section decides
    if (c == 'y' || c == 'Y' || c == 'd' || c == 'D') return true;
  }
  return false;
}

std::string plain_number(std::string_view stored) {
  if (stored.find_first_of("eE") == std::string_view::npos) return std::string(stored);
  const std::string text(stored);
  char* rest = nullptr;
  const double number = std::strtod(text.c_str(), &rest);
  if (*rest != '\0' || !std::isfinite(number) || std::fabs(number) >= 1e15 || number != std::floor(number)) {
    return text;
  }
  return std::to_string(static_cast<long long>(number));
}

core::Result<void> read_xlsx(std::string_view bytes, const RowVisitor& visit) {
  if (bytes.substr(0, 4) == "\xD0\xCF\x11\xE0") return core::unexpected(file_error("xls"));
  if (bytes.substr(0, 2) != "PK") return core::unexpected(file_error("not_xlsx"));
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (!source) return core::unexpected(file_error("damaged"));
  ZipArchive zip;
  zip.archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  zip_error_fini(&error);
  if (!zip.archive) {
    zip_source_free(source);
    return core::unexpected(file_error("not_xlsx"));
  }
  Workbook workbook;
  if (const char* e = parse_into(zip.archive, "xl/workbook.xml", kMaxPart, workbook, true)) {
    return core::unexpected(file_error(std::string_view(e) == "damaged" ? "not_xlsx" : e));
  }
  Relations relations;
  if (const char* e = parse_into(zip.archive, "xl/_rels/workbook.xml.rels", kMaxPart, relations, false)) {
    return core::unexpected(file_error(e));
  }
  Styles styles;
  if (const char* e = parse_into(zip.archive, "xl/styles.xml", kMaxPart, styles, false)) {
    return core::unexpected(file_error(e));
  }
  SharedStrings strings;
  if (const char* e = parse_into(zip.archive, "xl/sharedStrings.xml", kMaxPart, strings, false)) {
    return core::unexpected(file_error(e));
  }
  if (strings.too_many) return core::unexpected(file_error("too_large"));
  Sheet sheet;
  sheet.strings = &strings.strings;
  sheet.date_styles = &styles.date_styles;
  sheet.visit = &visit;
  sheet.date1904 = workbook.date1904;
  const auto target = relations.targets.find(workbook.first_sheet);
  const auto name = resolve_target(target == relations.targets.end() ? "" : target->second);
  const char* e = parse_into(zip.archive, name, kMaxSheet, sheet, true);
  if (sheet.thrown) std::rethrow_exception(sheet.thrown);
  if (e) return core::unexpected(file_error(e));
  if (sheet.error) return core::unexpected(file_error(sheet.error));
  return {};
}

}  // namespace samordna::platform
