# cmake -DIN=FILE -DOUT=FILE.c -DSYMBOL=NAME -P embed_file.cmake
# Writes FILE's bytes as `const unsigned char NAME[]` (NUL-terminated, the
# NUL not counted) and `const size_t NAME_len`, so data files shipped in the
# repository are also compiled into the binary without a second copy.
file(READ "${IN}" hex HEX)
string(LENGTH "${hex}" nhex)
math(EXPR len "${nhex} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," body "${hex}")
# 16 bytes a line
string(REGEX REPLACE "((0x..,){16})" "\\1\n\t" body "${body}")
file(WRITE "${OUT}.tmp"
  "/* Generated from ${IN} by cmake/embed_file.cmake; do not edit. */\n"
  "#include <stddef.h>\n"
  "const unsigned char ${SYMBOL}[] = {\n\t${body}0x00\n};\n"
  "const size_t ${SYMBOL}_len = ${len};\n")
file(RENAME "${OUT}.tmp" "${OUT}")
