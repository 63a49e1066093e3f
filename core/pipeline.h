// The order of the stages, visible in one place (pipeline.cpp).
#pragma once
#include <string_view>

#include "analysis.h"
#include "newsmark.h"

namespace newsmark {

void run_pipeline(std::string_view utf8, const Options& options, Analysis& out);

}  // namespace newsmark
