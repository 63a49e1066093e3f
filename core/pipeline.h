// The order of the stages, visible in one place (pipeline.cpp).
#pragma once
#include <string_view>

#include "analysis.h"
#include "newsmark.h"

namespace newsmark {

// Called after each stage with the stage's name, so a benchmark can time the stages without a copy of their order.
struct StageHook {
  void (*after)(void* context, std::string_view stage) = nullptr;
  void* context = nullptr;
  void operator()(std::string_view stage) const {
    if (after) after(context, stage);
  }
};

void run_pipeline(std::string_view utf8, const Options& options, Analysis& out, StageHook hook = {});

}  // namespace newsmark
