FROM x
RUN <<A <<B cat
hello
A
world
B
