// The only file that knows about Embind. Everything crosses as plain values, so nothing JavaScript gets needs a
// delete(): an analysis as the core's newsmark/1 JSON, which wasm/newsmark.mjs parses, or a status code and message,
// which it turns into a NewsmarkError.
#include <emscripten/bind.h>
#include <emscripten/val.h>
#include <malloc.h>

#include <array>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "json/to_json.h"
#include "newsmark.h"
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
class JsonPieces {
 public:
  void add(std::string_view s) {
    buf_ += s;
    if (buf_.size() >= (1u << 20)) flush();
  }
  val take() {
    flush();
    return std::move(js_);
  }

 private:
  void flush() {
    if (buf_.empty()) return;
    js_ = js_.call<val>("concat", val(buf_));
    buf_.clear();
  }
  val js_ = val(std::string());
  std::string buf_;
};

// The members of an analysis with nothing in it; one array's elements, written alone, come out as this with their
// bytes inserted just after that array's '[' (the writer joins elements with ',' and nothing else).
struct Skeleton {
  std::string empty;
  std::array<std::size_t, 5> open{};  // just after the '[' of people, quotes, countries, dates; then the end
  Skeleton() {
    newsmark::append_members(newsmark::Analysis{}, empty);
    std::size_t at = 0;
    for (std::size_t k = 0; k < 4; ++k) at = open[k] = empty.find('[', at) + 1;
    open[4] = empty.size();
  }
  // Whether `s` ends as the skeleton does from the k-th '[' on (and, when `head` is set, begins as it does up to it).
  bool fits(std::string_view s, std::size_t k, bool head) const {
    const std::size_t tail = empty.size() - open[k];
    return s.size() >= empty.size() && s.substr(s.size() - tail) == std::string_view(empty).substr(open[k]) &&
           (!head || s.substr(0, open[k]) == std::string_view(empty).substr(0, open[k]));
  }
};

// Moves the k-th array's elements out of `a` a batch at a time (freeing their strings as their JSON is written), writes
// each batch alone and passes on the elements' bytes, then the skeleton's up to the next array's '['; false if the
// writer's output is not shaped as Skeleton says.
template <class T>
bool write_array(newsmark::Analysis& a, std::vector<T> newsmark::Analysis::*xs, const Skeleton& sk, std::size_t k,
                 JsonPieces& out) {
  constexpr std::size_t kBatch = 256;
  auto& all = a.*xs;
  newsmark::Analysis part;
  std::string s;
  for (std::size_t i = 0; i < all.size(); i += kBatch) {
    const auto first = all.begin() + static_cast<std::ptrdiff_t>(i);
    const auto last = first + static_cast<std::ptrdiff_t>(std::min(kBatch, all.size() - i));
    part.*xs = std::vector<T>(std::make_move_iterator(first), std::make_move_iterator(last));
    s.clear();
    newsmark::append_members(part, s);
    if (!sk.fits(s, k, true)) return false;
    if (i) out.add(",");
    out.add(std::string_view(s).substr(sk.open[k], s.size() - sk.empty.size()));
  }
  out.add(std::string_view(sk.empty).substr(sk.open[k], sk.open[k + 1] - sk.open[k]));
  return true;
}

Answer analyze(Utf8View text, const newsmark::Options& options) {
  newsmark::Analysis a;
  const auto status = newsmark::analyze(text.s, options, a);
  if (!status.ok()) return {status.code, status.message, val(std::string())};
  static const Skeleton sk;
  // The opening: the schema and dct, as the writer puts them before the people.
  newsmark::Analysis head;
  head.dct = a.dct;
  std::string s = "{";
  newsmark::append_members(head, s);
  const auto changed = [] {
    return Answer{"internal", "the JSON writer's output changed shape; wasm/binding.cpp must follow it",
                  val(std::string())};
  };
  if (!sk.fits(s, 0, false)) return changed();
  JsonPieces out;
  out.add(std::string_view(s).substr(0, s.size() - (sk.empty.size() - sk.open[0])));
  if (!write_array(a, &newsmark::Analysis::people, sk, 0, out) ||
      !write_array(a, &newsmark::Analysis::quotes, sk, 1, out) ||
      !write_array(a, &newsmark::Analysis::countries, sk, 2, out) ||
      !write_array(a, &newsmark::Analysis::dates, sk, 3, out))
    return changed();
  out.add("}");
  return {{}, {}, out.take()};
}

// The analysis alone, converted to nothing: the bench subtracts its time from analyze's to time the conversion.
double analyze_only(Utf8View text, const newsmark::Options& options) {
  newsmark::Analysis a;
  newsmark::analyze(text.s, options, a);
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
  emscripten::function("_analyzeOnly", &analyze_only);
  emscripten::function("_heapInUse", &heap_in_use);
  emscripten::function("_attribution", &attribution);
  emscripten::function("_analyze", &analyze);
  emscripten::constant("_schema", std::string(newsmark::kSchema));
  emscripten::constant("_maxInputBytes", static_cast<double>(newsmark::kMaxInputBytes));
}

#include "util/small_end.h"
