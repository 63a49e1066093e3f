#include "json/to_json.h"

#include <charconv>
#include <cmath>

#include "text/utf8.h"
#include "util/small.h"

namespace newsmark {
namespace {

using json = nlohmann::ordered_json;

// The JSON writer, member by member, straight into one string: building a tree first cost more than the val objects it
// replaced (issue 17), and the wasm hands this string to JSON.parse. Strings are written as nlohmann's dump writes
// them, numbers as JSON.stringify does (the native CLI's bytes are the Node CLI's); the wasm links none of nlohmann.

// As nlohmann's dump writes a string (ensure_ascii off): raw UTF-8, with quotes, backslashes and control characters
// escaped. Core strings come from the repaired text or its own tables, so other bytes are valid UTF-8 already; a
// string that somehow is not is repaired first, so the output is always JSON.
void string(std::string& out, std::string_view s) {
  std::string repaired;
  if (text::valid_prefix(s) != s.size()) {
    repaired = text::repair_utf8(s);
    s = repaired;
  }
  out += '"';
  // Bytes that need no escape are written a run at a time: a byte at a time was most of the writer's cost.
  std::size_t run = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s.data() + run, i - run);
    run = i + 1;
    if (c == '"' || c == '\\') out.append(1, '\\').append(1, c);
    else if (c == '\b') out += "\\b";
    else if (c == '\t') out += "\\t";
    else if (c == '\n') out += "\\n";
    else if (c == '\f') out += "\\f";
    else if (c == '\r') out += "\\r";
    else out.append("\\u00").append(1, "0123456789abcdef"[u >> 4]).append(1, "0123456789abcdef"[u & 15]);
  }
  out.append(s.data() + run, s.size() - run);
  out += '"';
}

void nullable(std::string& out, std::string_view s) {
  if (s.empty()) out += "null";
  else string(out, s);
}

void integer(std::string& out, int64_t x) {
  char buf[24];
  out.append(buf, static_cast<std::size_t>(std::to_chars(buf, buf + sizeof buf, x).ptr - buf));
}

// A number as JSON.stringify writes it: whole numbers as integers, others with the fewest decimals that read back as
// the same double. Dividing two exactly representable integers rounds correctly, so m / 10^d == x is the test strtod
// would make, without linking a float parser or formatter into the wasm.
void number(std::string& out, double x) {
  if (!std::isfinite(x)) {
    out += "null";
    return;
  }
  if (x == std::floor(x) && std::fabs(x) < 1e15) {
    integer(out, static_cast<int64_t>(x));
    return;
  }
  const double a = std::fabs(x);
  const auto write = [&](uint64_t whole, uint64_t fraction, int decimals) {
    if (x < 0) out += '-';
    integer(out, static_cast<int64_t>(whole));
    const std::string digits = std::to_string(fraction);
    out.append(1, '.').append(static_cast<std::size_t>(decimals) - digits.size(), '0').append(digits);
  };
  double scale = 1;
  for (int decimals = 1; decimals <= 22 && a >= 1e-6 && a < 1e15; ++decimals) {
    scale *= 10;  // exact up to 1e22
    const double m = std::round(a * scale);
    if (m >= 9007199254740992.0) break;  // 2^53: past it m is no longer exact
    if (m / scale != a) continue;
    const auto whole = static_cast<uint64_t>(m / scale);
    write(whole, static_cast<uint64_t>(m - static_cast<double>(whole) * scale), decimals);
    return;
  }
  // Values needing 16 or more significant digits (no confidence today: they are constants with a few decimals) get as
  // many decimals as keep the scaled value exact, up to 22: the nearest such decimal, which reads back within an ulp
  // or so of x (printf's %.17g would be exact, but its formatter costs the wasm about 8 KB).
  int decimals = 0;
  uint64_t power = 1;  // 10^decimals while it fits
  for (scale = 1; decimals < 22 && a * scale * 10 < 9007199254740992.0; ++decimals, scale *= 10)
    if (decimals < 19) power *= 10;
  const auto m = static_cast<uint64_t>(std::round(a * scale));
  if (decimals == 0) return integer(out, static_cast<int64_t>(x < 0 ? -std::round(a) : std::round(a)));
  if (decimals <= 19) write(m / power, m % power, decimals);
  else write(0, m, decimals);  // m < 2^53 < 10^decimals
}

// `"name":`, after a comma unless it is the object's first member.
std::string& key(std::string& out, std::string_view name, bool first = false) {
  if (!first) out += ',';
  return out.append(1, '"').append(name).append("\":");
}

void span_members(std::string& out, const Offsets& o) {
  key(out, "start", true);
  integer(out, o.start);
  key(out, "end");
  integer(out, o.end);
}

void span(std::string& out, const std::optional<Offsets>& o) {
  if (!o) { out += "null"; return; }
  out += '{';
  span_members(out, *o);
  out += '}';
}

template <class Xs, class F>
void array(std::string& out, const Xs& xs, F&& element, const JsonFlush& f = {}) {
  out += '[';
  for (std::size_t i = 0; i < xs.size(); ++i) {
    if (i) out += ',';
    element(out, xs[i]);
    if (f.flush && out.size() >= f.at) f.flush(f.context, out);
  }
  out += ']';
}

// A mention: its span and its one enumerated member (kind or form).
template <class M>
void mention(std::string& out, const M& m, std::string_view name, std::string_view value) {
  out += '{';
  span_members(out, m.at);
  key(out, name);
  string(out, value);
  out += '}';
}

void dct(std::string& out, const Analysis& a) {
  if (!a.dct) { out += "null"; return; }
  key(out += '{', "value", true);
  string(out, a.dct->value);
  key(out, "source");
  string(out, name_of(a.dct->source));
  key(out, "label");
  string(out, a.dct->label);
  if (a.dct->span) {
    key(out, "start");
    integer(out, a.dct->span->start);
    key(out, "end");
    integer(out, a.dct->span->end);
  }
  out += '}';
}

void person(std::string& out, const Person& p) {
  key(out += '{', "id", true);
  string(out, p.id);
  key(out, "name");
  string(out, p.name);
  key(out, "gender");
  nullable(out, name_of(p.gender));
  key(out, "titles");
  array(out, p.titles, [](std::string& o, const std::string& t) { string(o, t); });
  key(out, "quoted") += p.quoted ? "true" : "false";
  key(out, "mentions");
  array(out, p.mentions, [](std::string& o, const PersonMention& m) { mention(o, m, "kind", name_of(m.kind)); });
  out += '}';
}

void quote(std::string& out, const Quote& q) {
  out += '{';
  span_members(out, q.at);
  key(out, "kind");
  string(out, name_of(q.kind));
  key(out, "speaker");
  nullable(out, q.speaker);
  key(out, "speakerName");
  nullable(out, q.speaker_name);
  key(out, "source");
  span(out, q.source);
  key(out, "cue");
  span(out, q.cue);
  key(out, "rule");
  string(out, name_of(q.rule));
  key(out, "confidence");
  number(out, q.confidence);
  out += '}';
}

void country(std::string& out, const Country& c) {
  key(out += '{', "iso", true);
  string(out, c.iso);
  key(out, "name");
  string(out, c.name);
  key(out, "mentions");
  array(out, c.mentions, [](std::string& o, const CountryMention& m) { mention(o, m, "form", name_of(m.form)); });
  out += '}';
}

void date(std::string& out, const DateMention& d) {
  out += '{';
  span_members(out, d.at);
  key(out, "value");
  nullable(out, d.value);
  key(out, "kind");
  string(out, name_of(d.kind));
  key(out, "granularity");
  nullable(out, name_of(d.granularity));
  key(out, "relative") += d.relative ? "true" : "false";
  key(out, "label");
  string(out, d.label);
  if (!d.order.empty()) {
    key(out, "order");
    string(out, d.order);
  }
  out += '}';
}

}  // namespace

std::size_t json_size_hint(const Analysis& a) {
  // Per element: the keys, marks and numbers at their widest, measured on the writer's own output, plus its strings.
  constexpr std::size_t kQuote = 240, kDate = 150, kMention = 52, kPerson = 110, kCountry = 80, kHead = 200;
  std::size_t n = kHead;
  for (const auto& p : a.people) {
    n += kPerson + p.id.size() + p.name.size() + p.mentions.size() * kMention;
    for (const auto& t : p.titles) n += t.size() + 3;
  }
  for (const auto& q : a.quotes) n += kQuote + q.speaker.size() + q.speaker_name.size();
  for (const auto& c : a.countries) n += kCountry + c.name.size() + c.mentions.size() * kMention;
  for (const auto& d : a.dates) n += kDate + d.value.size() + d.label.size() + d.order.size();
  return n;
}

void append_members(const Analysis& a, std::string& out, const JsonFlush& flush) {
  key(out, "schema", true);
  string(out, kSchema);
  key(out, "dct");
  dct(out, a);
  key(out, "people");
  array(out, a.people, person, flush);
  key(out, "quotes");
  array(out, a.quotes, quote, flush);
  key(out, "countries");
  array(out, a.countries, country, flush);
  key(out, "dates");
  array(out, a.dates, date, flush);
}

// The trees are read back from the writer's bytes, so there is one description of the output.
json to_json(const Analysis& a) {
  std::string s = "{";
  append_members(a, s);
  return json::parse(s += '}');
}

json quote_json(const Quote& q) {
  std::string s;
  quote(s, q);
  return json::parse(s);
}

std::string dump(const json& j, bool pretty) {
  return j.dump(pretty ? 2 : -1, ' ', false, json::error_handler_t::replace);
}

}  // namespace newsmark

#include "util/small_end.h"
