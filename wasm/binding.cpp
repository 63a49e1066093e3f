// The only file that knows about Embind. Everything crosses as plain values, so nothing JavaScript gets needs a
// delete(): an analysis as the core's newsmark/1 JSON, which wasm/newsmark.mjs parses, or a status code and message,
// which it turns into a NewsmarkError.
#include <emscripten/bind.h>
#include <emscripten/emscripten.h>
#include <emscripten/val.h>
#include <malloc.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "json/to_json.h"
#include "newsmark.h"
#include "pipeline.h"
#include "util/small.h"

using emscripten::val;

// The text as Embind's own wire buffer holds it, viewed instead of copied into a std::string, so an article lives
// once in the wasm heap while it is analysed (JavaScript still passes a plain string and frees the buffer after).
struct Utf8View {
  std::string_view s;
};

namespace emscripten::internal {
// Converted by JavaScript exactly as std::string is (the same registered type), read without the copy.
template <>
struct TypeID<Utf8View> {
  static constexpr TYPEID get() { return TypeID<std::string>::get(); }
};
template <>
struct BindingType<Utf8View> {
  using WireType = BindingType<std::string>::WireType;
  static Utf8View fromWireType(WireType v) { return {std::string_view(v->data, v->length)}; }
};
}  // namespace emscripten::internal

namespace {

// std::string crosses as UTF-8 (Embind decodes it into a JS string).
val str(std::string_view s) { return val(std::string(s)); }

// What one analysis hands back: the core's newsmark/1 JSON as a JavaScript string, written by core/json/to_json.cpp
// (the CLI's writer, so the library's objects cannot drift from the CLI's lines), or a status code and message when
// it failed (json is then "").
struct Answer {
  std::string code, message;
  val json = val::undefined();  // val has no default constructor, and value_object needs one
};

// The JSON reaches JavaScript in pieces of about 1 MB, joined there: written whole it was one block of 3.4 times the
// input (on prose) that the heap had to find beside the analysis, then copied once more to cross, and it set the
// heap's high-water mark.
constexpr std::size_t kJsonPiece = 1u << 20;

void send_piece(void* js, std::string& out) {
  val& joined = *static_cast<val*>(js);
  joined = joined.call<val>("concat", val(out));
  out.clear();
}

Answer analyze(Utf8View text, const newsmark::Options& options) {
  newsmark::Analysis a;
  const auto status = newsmark::analyze(text.s, options, a);
  if (!status.ok()) return {status.code, status.message, val(std::string())};
  val joined = val(std::string());
  std::string out = "{";
  out.reserve(std::min(newsmark::json_size_hint(a), kJsonPiece) + 2);
  newsmark::append_members(a, out, {send_piece, &joined, kJsonPiece});
  out += '}';
  send_piece(&joined, out);
  return {{}, {}, joined};
}

// The analysis alone, converted to nothing: the bench subtracts its time from analyze's to time the conversion.
double analyze_only(Utf8View text, const newsmark::Options& options) {
  newsmark::Analysis a;
  newsmark::analyze(text.s, options, a);
  return static_cast<double>(a.people.size() + a.quotes.size() + a.countries.size() + a.dates.size());
}

// Each stage's time in ms, in the pipeline's order, and then the JSON writer's: the bench's wasm column per stage. The
// input is trusted to be within the limits analyze checks (the bench's own texts).
val analyze_stages(Utf8View text, const newsmark::Options& options) {
  struct Clock {
    double times[8] = {};
    int next = 0;
    double last = emscripten_get_now();
    void lap() {
      const double now = emscripten_get_now();
      if (next < 8) times[next++] = now - last;
      last = now;
    }
  } clock;
  newsmark::Analysis a;
  newsmark::run_pipeline(text.s, options, a, {[](void* c, std::string_view) { static_cast<Clock*>(c)->lap(); }, &clock});
  std::string json;
  json.reserve(newsmark::json_size_hint(a) + 2);
  newsmark::append_members(a, json);
  clock.lap();
  val out = val::array();
  for (int i = 0; i < clock.next; ++i) out.call<void>("push", clock.times[i]);
  return out;
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
  emscripten::function("_analyzeOnly", &analyze_only);
  emscripten::function("_analyzeStages", &analyze_stages);
  emscripten::function("_heapInUse", &heap_in_use);
  emscripten::function("_attribution", &attribution);
  emscripten::function("_analyze", &analyze);
  emscripten::constant("_schema", std::string(newsmark::kSchema));
  emscripten::constant("_maxInputBytes", static_cast<double>(newsmark::kMaxInputBytes));
}

#include "util/small_end.h"
