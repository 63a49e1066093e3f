// The only file that knows about Embind. JavaScript receives plain objects built here, so nothing it gets needs a
// delete(); errors come back as {ok: false, code, message}, which wasm/newsmark.mjs turns into a NewsmarkError.
#include <emscripten/bind.h>
#include <emscripten/val.h>
#include <malloc.h>

#include <string>

#include "json/to_json.h"
#include "newsmark.h"

using emscripten::val;

namespace {

// std::string crosses as UTF-8 (Embind decodes it into a JS string).
val str(std::string_view s) { return val(std::string(s)); }
val nullable(std::string_view s) { return s.empty() ? val::null() : str(s); }

val offsets(const std::optional<newsmark::Offsets>& o) {
  if (!o) return val::null();
  val v = val::object();
  v.set("start", o->start);
  v.set("end", o->end);
  return v;
}

// Key order follows the schema, as the native JSON writer does, so JSON.stringify of this equals the CLI's output.
val to_js(const newsmark::Analysis& a) {
  val r = val::object();
  r.set("schema", str(newsmark::kSchema));
  if (a.dct) {
    val d = val::object();
    d.set("value", str(a.dct->value));
    d.set("source", str(name_of(a.dct->source)));
    d.set("label", str(a.dct->label));
    if (a.dct->span) {
      d.set("start", a.dct->span->start);
      d.set("end", a.dct->span->end);
    }
    r.set("dct", d);
  } else {
    r.set("dct", val::null());
  }
  val people = val::array();
  for (const auto& p : a.people) {
    val o = val::object();
    o.set("id", str(p.id));
    o.set("name", str(p.name));
    o.set("gender", nullable(name_of(p.gender)));
    val titles = val::array();
    for (const auto& t : p.titles) titles.call<void>("push", str(t));
    o.set("titles", titles);
    o.set("quoted", p.quoted);
    val mentions = val::array();
    for (const auto& m : p.mentions) {
      val x = val::object();
      x.set("start", m.at.start);
      x.set("end", m.at.end);
      x.set("kind", str(name_of(m.kind)));
      mentions.call<void>("push", x);
    }
    o.set("mentions", mentions);
    people.call<void>("push", o);
  }
  r.set("people", people);
  val quotes = val::array();
  for (const auto& q : a.quotes) {
    val o = val::object();
    o.set("start", q.at.start);
    o.set("end", q.at.end);
    o.set("kind", str(name_of(q.kind)));
    o.set("speaker", nullable(q.speaker));
    o.set("speakerName", nullable(q.speaker_name));
    o.set("source", offsets(q.source));
    o.set("cue", offsets(q.cue));
    o.set("rule", str(name_of(q.rule)));
    o.set("confidence", q.confidence);
    quotes.call<void>("push", o);
  }
  r.set("quotes", quotes);
  val countries = val::array();
  for (const auto& c : a.countries) {
    val o = val::object();
    o.set("iso", str(c.iso));
    o.set("name", str(c.name));
    val mentions = val::array();
    for (const auto& m : c.mentions) {
      val x = val::object();
      x.set("start", m.at.start);
      x.set("end", m.at.end);
      x.set("form", str(name_of(m.form)));
      mentions.call<void>("push", x);
    }
    o.set("mentions", mentions);
    countries.call<void>("push", o);
  }
  r.set("countries", countries);
  val dates = val::array();
  for (const auto& d : a.dates) {
    val o = val::object();
    o.set("start", d.at.start);
    o.set("end", d.at.end);
    o.set("value", nullable(d.value));
    o.set("kind", str(name_of(d.kind)));
    o.set("granularity", nullable(name_of(d.granularity)));
    o.set("relative", d.relative);
    o.set("label", str(d.label));
    if (!d.order.empty()) o.set("order", str(d.order));
    dates.call<void>("push", o);
  }
  r.set("dates", dates);
  return r;
}

// What one analysis hands back: the core's newsmark/1 JSON, written by core/json/to_json.cpp (the CLI's writer, so
// the library's objects cannot drift from the CLI's lines), or a status code and message when it failed.
struct Answer {
  std::string code, message, json;
};

Answer analyze(const std::string& text, const newsmark::Options& options) {
  newsmark::Analysis a;
  const auto status = newsmark::analyze(text, options, a);
  if (!status.ok()) return {status.code, status.message, {}};
  Answer out;
  out.json = "{";
  newsmark::append_members(a, out.json);
  out.json += '}';
  return out;
}

// TEMPORARY: the old hand-written walk, kept only to compare against the JSON path before it is deleted.
val analyze_val(const std::string& text, const newsmark::Options& options) {
  newsmark::Analysis a;
  const auto status = newsmark::analyze(text, options, a);
  val out = val::object();
  out.set("ok", status.ok());
  if (!status.ok()) {
    out.set("code", str(status.code));
    out.set("message", str(status.message));
    return out;
  }
  out.set("result", to_js(a));
  return out;
}

// The analysis alone, converted to nothing: the bench subtracts its time from analyze's to time the conversion.
double analyze_only(const std::string& text, const newsmark::Options& options) {
  newsmark::Analysis a;
  newsmark::analyze(text, options, a);
  return static_cast<double>(a.people.size() + a.quotes.size() + a.countries.size() + a.dates.size());
}

}  // namespace

// The attribution table in run order, and every rule a quote can carry (the table's plus the pronoun variants).
val attribution() {
  val sieves = val::array();
  for (const auto& s : newsmark::attribution_sieves()) {
    val o = val::object();
    o.set("name", str(s.name));
    o.set("rule", str(name_of(s.rule)));
    o.set("confidence", s.confidence);
    sieves.call<void>("push", o);
  }
  val rules = val::array();
  for (int r = 0; r <= static_cast<int>(newsmark::kLastQuoteRule); ++r)
    rules.call<void>("push", str(name_of(static_cast<newsmark::QuoteRule>(r))));
  val out = val::object();
  out.set("sieves", sieves);
  out.set("rules", rules);
  return out;
}

// Bytes of the wasm heap in use (allocated, not yet freed), for the memory tests and the bench.
double heap_in_use() { return static_cast<double>(mallinfo().uordblks); }

EMSCRIPTEN_BINDINGS(newsmark) {
  // Options cross as one plain JS object {dct, dateOrder}; both members must be present (strings, "" for none).
  emscripten::value_object<newsmark::Options>("Options")
      .field("dct", &newsmark::Options::dct)
      .field("dateOrder", &newsmark::Options::date_order);
  emscripten::value_object<Answer>("Answer")
      .field("code", &Answer::code)
      .field("message", &Answer::message)
      .field("json", &Answer::json);
  emscripten::function("_analyzeVal", &analyze_val);
  emscripten::function("_analyzeOnly", &analyze_only);
  emscripten::function("_heapInUse", &heap_in_use);
  emscripten::function("_attribution", &attribution);
  emscripten::function("_analyze", &analyze);
  emscripten::constant("_schema", std::string(newsmark::kSchema));
  emscripten::constant("_maxInputBytes", static_cast<double>(newsmark::kMaxInputBytes));
}
