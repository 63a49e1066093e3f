#include "json/to_json.h"

#include <cmath>

namespace newsmark {
namespace {

using json = nlohmann::ordered_json;

json offsets(const std::optional<Offsets>& o) {
  if (!o) return nullptr;
  return json{{"start", o->start}, {"end", o->end}};
}

json nullable(std::string_view s) { return s.empty() ? json(nullptr) : json(std::string(s)); }

// JSON.stringify writes 1 where nlohmann writes 1.0: whole numbers go out as integers so both agree.
json number(double x) {
  if (std::isfinite(x) && x == std::floor(x) && std::fabs(x) < 1e15) return static_cast<int64_t>(x);
  return x;
}

json dct_json(const Analysis& a) {
  if (!a.dct) return nullptr;
  json d;
  d["value"] = a.dct->value;
  d["source"] = name_of(a.dct->source);
  d["label"] = a.dct->label;
  if (a.dct->span) {
    d["start"] = a.dct->span->start;
    d["end"] = a.dct->span->end;
  }
  return d;
}

json person_json(const Person& p) {
  json mentions = json::array();
  for (const auto& m : p.mentions)
    mentions.push_back({{"start", m.at.start}, {"end", m.at.end}, {"kind", name_of(m.kind)}});
  return {{"id", p.id}, {"name", p.name}, {"gender", nullable(name_of(p.gender))},
          {"titles", p.titles}, {"quoted", p.quoted}, {"mentions", std::move(mentions)}};
}

}  // namespace

json quote_json(const Quote& q) {
  return {{"start", q.at.start}, {"end", q.at.end}, {"kind", name_of(q.kind)},
          {"speaker", nullable(q.speaker)}, {"speakerName", nullable(q.speaker_name)},
          {"source", offsets(q.source)}, {"cue", offsets(q.cue)}, {"rule", name_of(q.rule)},
          {"confidence", number(q.confidence)}};
}

namespace {

json country_json(const Country& c) {
  json mentions = json::array();
  for (const auto& m : c.mentions)
    mentions.push_back({{"start", m.at.start}, {"end", m.at.end}, {"form", name_of(m.form)}});
  return {{"iso", c.iso}, {"name", c.name}, {"mentions", std::move(mentions)}};
}

json date_json(const DateMention& d) {
  json out = {{"start", d.at.start}, {"end", d.at.end}, {"value", nullable(d.value)},
              {"kind", name_of(d.kind)}, {"granularity", nullable(name_of(d.granularity))},
              {"relative", d.relative}, {"label", d.label}};
  if (!d.order.empty()) out["order"] = d.order;
  return out;
}

// Each layer's name and how one of its elements becomes JSON, in the schema's order.
template <class F>
void for_each_layer(const Analysis& a, F&& f) {
  f("people", a.people, person_json);
  f("quotes", a.quotes, quote_json);
  f("countries", a.countries, country_json);
  f("dates", a.dates, date_json);
}

}  // namespace

json to_json(const Analysis& a) {
  json j;
  j["schema"] = kSchema;
  j["dct"] = dct_json(a);
  for_each_layer(a, [&](const char* name, const auto& xs, auto element) {
    json arr = json::array();
    for (const auto& x : xs) arr.push_back(element(x));
    j[name] = std::move(arr);
  });
  return j;
}

void append_members(const Analysis& a, std::string& out) {
  out.append("\"schema\":").append(dump(json(kSchema))).append(",\"dct\":").append(dump(dct_json(a)));
  for_each_layer(a, [&](const char* name, const auto& xs, auto element) {
    out.append(",\"").append(name).append("\":[");
    for (std::size_t i = 0; i < xs.size(); ++i) out.append(i ? "," : "").append(dump(element(xs[i])));
    out += ']';
  });
}

std::string dump(const json& j, bool pretty) {
  return j.dump(pretty ? 2 : -1, ' ', false, json::error_handler_t::replace);
}

}  // namespace newsmark
