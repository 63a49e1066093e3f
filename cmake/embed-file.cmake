# Script mode: writes OUT, a C++ source defining newsmark::data::SYMBOL with the bytes of IN.
# GENERATED files say so; edit the data file, never the output.
# Comment lines document a list for its readers; every reader skips them, so only the records are compiled in.
file(READ ${IN} text)
string(REGEX REPLACE "(^|\n)#[^\n]*" "" text "${text}")
file(WRITE ${OUT}.records "${text}")
file(READ ${OUT}.records hex HEX)
string(LENGTH "${hex}" n)
math(EXPR bytes "${n} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," body "${hex}")
string(REGEX REPLACE "(('[^']+',){32})" "\\1\n" body "${body}")
file(WRITE ${OUT} "// GENERATED from ${IN} by cmake/embed-file.cmake. DO NOT EDIT.\n#include <string_view>\nnamespace newsmark::data {\nstatic const char bytes_[] = {${body} '\\0'};\nextern const std::string_view ${SYMBOL}(bytes_, ${bytes});\n}\n")
