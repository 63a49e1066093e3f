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

}  // namespace

json to_json(const Analysis& a) {
  json j;
  j["schema"] = kSchema;
  if (a.dct) {
    json d;
    d["value"] = a.dct->value;
    d["source"] = name_of(a.dct->source);
    d["label"] = a.dct->label;
    if (a.dct->span) {
      d["start"] = a.dct->span->start;
      d["end"] = a.dct->span->end;
    }
    j["dct"] = std::move(d);
  } else {
    j["dct"] = nullptr;
  }
  json people = json::array();
  for (const auto& p : a.people) {
    json mentions = json::array();
    for (const auto& m : p.mentions)
      mentions.push_back({{"start", m.at.start}, {"end", m.at.end}, {"kind", name_of(m.kind)}});
    people.push_back({{"id", p.id}, {"name", p.name}, {"gender", nullable(name_of(p.gender))},
                      {"titles", p.titles}, {"quoted", p.quoted}, {"mentions", std::move(mentions)}});
  }
  j["people"] = std::move(people);
  json quotes = json::array();
  for (const auto& q : a.quotes) {
    quotes.push_back({{"start", q.at.start}, {"end", q.at.end}, {"kind", name_of(q.kind)},
                      {"speaker", nullable(q.speaker)}, {"speakerName", nullable(q.speaker_name)},
                      {"source", offsets(q.source)}, {"cue", offsets(q.cue)}, {"rule", name_of(q.rule)},
                      {"confidence", number(q.confidence)}});
  }
  j["quotes"] = std::move(quotes);
  json countries = json::array();
  for (const auto& c : a.countries) {
    json mentions = json::array();
    for (const auto& m : c.mentions)
      mentions.push_back({{"start", m.at.start}, {"end", m.at.end}, {"form", name_of(m.form)}});
    countries.push_back({{"iso", c.iso}, {"name", c.name}, {"mentions", std::move(mentions)}});
  }
  j["countries"] = std::move(countries);
  json dates = json::array();
  for (const auto& d : a.dates) {
    dates.push_back({{"start", d.at.start}, {"end", d.at.end}, {"value", nullable(d.value)},
                     {"kind", name_of(d.kind)}, {"granularity", nullable(name_of(d.granularity))},
                     {"relative", d.relative}, {"label", d.label}});
    if (!d.order.empty()) dates.back()["order"] = d.order;
  }
  j["dates"] = std::move(dates);
  return j;
}

std::string dump(const json& j, bool pretty) {
  return j.dump(pretty ? 2 : -1, ' ', false, json::error_handler_t::replace);
}

}  // namespace newsmark
