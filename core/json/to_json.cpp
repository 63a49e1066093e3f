#include "json/to_json.h"

#include <charconv>
#include <cmath>

namespace newsmark {
namespace {

using json = nlohmann::ordered_json;

// The JSON writer, member by member, straight into one string: building a tree first cost three times as much (issue
// 17), and the wasm hands this string to JSON.parse. Bytes are exactly nlohmann's compact dump of the same values.

void string(std::string& out, std::string_view s) {
  for (const char c : s) {
    // Anything that needs escaping or checking (quotes, controls, non-ASCII) goes through nlohmann's own writer.
    if (c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x80) {
      out += dump(json(std::string(s)));
      return;
    }
  }
  out.append(1, '"').append(s).append(1, '"');
}

void nullable(std::string& out, std::string_view s) {
  if (s.empty()) out += "null";
  else string(out, s);
}

void integer(std::string& out, int64_t x) {
  char buf[24];
  out.append(buf, static_cast<std::size_t>(std::to_chars(buf, buf + sizeof buf, x).ptr - buf));
}

// JSON.stringify writes 1 where nlohmann writes 1.0: whole numbers go out as integers so both agree.
void number(std::string& out, double x) {
  if (std::isfinite(x) && x == std::floor(x) && std::fabs(x) < 1e15) integer(out, static_cast<int64_t>(x));
  else out += dump(json(x));
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
void array(std::string& out, const Xs& xs, F&& element) {
  out += '[';
  for (std::size_t i = 0; i < xs.size(); ++i) {
    if (i) out += ',';
    element(out, xs[i]);
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

void append_members(const Analysis& a, std::string& out) {
  key(out, "schema", true);
  string(out, kSchema);
  key(out, "dct");
  dct(out, a);
  key(out, "people");
  array(out, a.people, person);
  key(out, "quotes");
  array(out, a.quotes, quote);
  key(out, "countries");
  array(out, a.countries, country);
  key(out, "dates");
  array(out, a.dates, date);
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
