FROM debian:12@sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
RUN apk add --virtual .b0 gcc musl-dev
RUN apk del .b0
RUN apk add --virtual .b1 gcc musl-dev
RUN apk del .b1
RUN apk add --virtual .b2 gcc musl-dev
RUN apk del .b2
RUN apk add --virtual .b3 gcc musl-dev
RUN apk del .b3
RUN apk add --virtual .b4 gcc musl-dev
RUN apk del .b4
RUN apk add --virtual .b5 gcc musl-dev
RUN apk del .b5
RUN apk add --virtual .b6 gcc musl-dev
RUN apk del .b6
RUN apk add --virtual .b7 gcc musl-dev
RUN apk del .b7
RUN apk add --virtual .b8 gcc musl-dev
RUN apk del .b8
RUN apk add --virtual .b9 gcc musl-dev
RUN apk del .b9
RUN apk add --virtual .b10 gcc musl-dev
RUN apk del .b10
RUN apk add --virtual .b11 gcc musl-dev
RUN apk del .b11
RUN apk add --virtual .b12 gcc musl-dev
RUN apk del .b12
RUN apk add --virtual .b13 gcc musl-dev
RUN apk del .b13
RUN apk add --virtual .b14 gcc musl-dev
RUN apk del .b14
RUN apk add --virtual .b15 gcc musl-dev
RUN apk del .b15
RUN apk add --virtual .b16 gcc musl-dev
RUN apk del .b16
RUN apk add --virtual .b17 gcc musl-dev
RUN apk del .b17
RUN apk add --virtual .b18 gcc musl-dev
RUN apk del .b18
RUN apk add --virtual .b19 gcc musl-dev
RUN apk del .b19
RUN apk add --virtual .b20 gcc musl-dev
RUN apk del .b20
RUN apk add --virtual .b21 gcc musl-dev
RUN apk del .b21
RUN apk add --virtual .b22 gcc musl-dev
RUN apk del .b22
RUN apk add --virtual .b23 gcc musl-dev
RUN apk del .b23
RUN apk add --virtual .b24 gcc musl-dev
RUN apk del .b24
RUN apk add --virtual .b25 gcc musl-dev
RUN apk del .b25
RUN apk add --virtual .b26 gcc musl-dev
RUN apk del .b26
RUN apk add --virtual .b27 gcc musl-dev
RUN apk del .b27
RUN apk add --virtual .b28 gcc musl-dev
RUN apk del .b28
RUN apk add --virtual .b29 gcc musl-dev
RUN apk del .b29
RUN apk add --virtual .b30 gcc musl-dev
RUN apk del .b30
RUN apk add --virtual .b31 gcc musl-dev
RUN apk del .b31
RUN apk add --virtual .b32 gcc musl-dev
RUN apk del .b32
RUN apk add --virtual .b33 gcc musl-dev
RUN apk del .b33
RUN apk add --virtual .b34 gcc musl-dev
RUN apk del .b34
RUN apk add --virtual .b35 gcc musl-dev
RUN apk del .b35
RUN apk add --virtual .b36 gcc musl-dev
RUN apk del .b36
RUN apk add --virtual .b37 gcc musl-dev
RUN apk del .b37
RUN apk add --virtual .b38 gcc musl-dev
RUN apk del .b38
RUN apk add --virtual .b39 gcc musl-dev
RUN apk del .b39
RUN apk add --virtual .b40 gcc musl-dev
RUN apk del .b40
RUN apk add --virtual .b41 gcc musl-dev
RUN apk del .b41
RUN apk add --virtual .b42 gcc musl-dev
RUN apk del .b42
RUN apk add --virtual .b43 gcc musl-dev
RUN apk del .b43
RUN apk add --virtual .b44 gcc musl-dev
RUN apk del .b44
RUN apk add --virtual .b45 gcc musl-dev
RUN apk del .b45
RUN apk add --virtual .b46 gcc musl-dev
RUN apk del .b46
RUN apk add --virtual .b47 gcc musl-dev
RUN apk del .b47
RUN apk add --virtual .b48 gcc musl-dev
RUN apk del .b48
RUN apk add --virtual .b49 gcc musl-dev
RUN apk del .b49
RUN apk add --virtual .b50 gcc musl-dev
RUN apk del .b50
RUN apk add --virtual .b51 gcc musl-dev
RUN apk del .b51
RUN apk add --virtual .b52 gcc musl-dev
RUN apk del .b52
RUN apk add --virtual .b53 gcc musl-dev
RUN apk del .b53
RUN apk add --virtual .b54 gcc musl-dev
RUN apk del .b54
RUN apk add --virtual .b55 gcc musl-dev
RUN apk del .b55
RUN apk add --virtual .b56 gcc musl-dev
RUN apk del .b56
RUN apk add --virtual .b57 gcc musl-dev
RUN apk del .b57
RUN apk add --virtual .b58 gcc musl-dev
RUN apk del .b58
RUN apk add --virtual .b59 gcc musl-dev
RUN apk del .b59
RUN apk add --virtual .b60 gcc musl-dev
RUN apk del .b60
RUN apk add --virtual .b61 gcc musl-dev
RUN apk del .b61
RUN apk add --virtual .b62 gcc musl-dev
RUN apk del .b62
RUN apk add --virtual .b63 gcc musl-dev
RUN apk del .b63
RUN apk add --virtual .b64 gcc musl-dev
RUN apk del .b64
RUN apk add --virtual .b65 gcc musl-dev
RUN apk del .b65
RUN apk add --virtual .b66 gcc musl-dev
RUN apk del .b66
RUN apk add --virtual .b67 gcc musl-dev
RUN apk del .b67
RUN apk add --virtual .b68 gcc musl-dev
RUN apk del .b68
RUN apk add --virtual .b69 gcc musl-dev
RUN apk del .b69
RUN apk add --virtual .b70 gcc musl-dev
RUN apk del .b70
RUN apk add --virtual .b71 gcc musl-dev
RUN apk del .b71
RUN apk add --virtual .b72 gcc musl-dev
RUN apk del .b72
RUN apk add --virtual .b73 gcc musl-dev
RUN apk del .b73
RUN apk add --virtual .b74 gcc musl-dev
RUN apk del .b74
RUN apk add --virtual .b75 gcc musl-dev
RUN apk del .b75
RUN apk add --virtual .b76 gcc musl-dev
RUN apk del .b76
RUN apk add --virtual .b77 gcc musl-dev
RUN apk del .b77
RUN apk add --virtual .b78 gcc musl-dev
RUN apk del .b78
RUN apk add --virtual .b79 gcc musl-dev
RUN apk del .b79
RUN apk add --virtual .b80 gcc musl-dev
RUN apk del .b80
RUN apk add --virtual .b81 gcc musl-dev
RUN apk del .b81
RUN apk add --virtual .b82 gcc musl-dev
RUN apk del .b82
RUN apk add --virtual .b83 gcc musl-dev
RUN apk del .b83
RUN apk add --virtual .b84 gcc musl-dev
RUN apk del .b84
RUN apk add --virtual .b85 gcc musl-dev
RUN apk del .b85
RUN apk add --virtual .b86 gcc musl-dev
RUN apk del .b86
RUN apk add --virtual .b87 gcc musl-dev
RUN apk del .b87
RUN apk add --virtual .b88 gcc musl-dev
RUN apk del .b88
RUN apk add --virtual .b89 gcc musl-dev
RUN apk del .b89
RUN apk add --virtual .b90 gcc musl-dev
RUN apk del .b90
RUN apk add --virtual .b91 gcc musl-dev
RUN apk del .b91
RUN apk add --virtual .b92 gcc musl-dev
RUN apk del .b92
RUN apk add --virtual .b93 gcc musl-dev
RUN apk del .b93
RUN apk add --virtual .b94 gcc musl-dev
RUN apk del .b94
RUN apk add --virtual .b95 gcc musl-dev
RUN apk del .b95
RUN apk add --virtual .b96 gcc musl-dev
RUN apk del .b96
RUN apk add --virtual .b97 gcc musl-dev
RUN apk del .b97
RUN apk add --virtual .b98 gcc musl-dev
RUN apk del .b98
RUN apk add --virtual .b99 gcc musl-dev
RUN apk del .b99
RUN apk add --virtual .b100 gcc musl-dev
RUN apk del .b100
RUN apk add --virtual .b101 gcc musl-dev
RUN apk del .b101
RUN apk add --virtual .b102 gcc musl-dev
RUN apk del .b102
RUN apk add --virtual .b103 gcc musl-dev
RUN apk del .b103
RUN apk add --virtual .b104 gcc musl-dev
RUN apk del .b104
RUN apk add --virtual .b105 gcc musl-dev
RUN apk del .b105
RUN apk add --virtual .b106 gcc musl-dev
RUN apk del .b106
RUN apk add --virtual .b107 gcc musl-dev
RUN apk del .b107
RUN apk add --virtual .b108 gcc musl-dev
RUN apk del .b108
RUN apk add --virtual .b109 gcc musl-dev
RUN apk del .b109
RUN apk add --virtual .b110 gcc musl-dev
RUN apk del .b110
RUN apk add --virtual .b111 gcc musl-dev
RUN apk del .b111
RUN apk add --virtual .b112 gcc musl-dev
RUN apk del .b112
RUN apk add --virtual .b113 gcc musl-dev
RUN apk del .b113
RUN apk add --virtual .b114 gcc musl-dev
RUN apk del .b114
RUN apk add --virtual .b115 gcc musl-dev
RUN apk del .b115
RUN apk add --virtual .b116 gcc musl-dev
RUN apk del .b116
RUN apk add --virtual .b117 gcc musl-dev
RUN apk del .b117
RUN apk add --virtual .b118 gcc musl-dev
RUN apk del .b118
RUN apk add --virtual .b119 gcc musl-dev
RUN apk del .b119
RUN apk add --virtual .b120 gcc musl-dev
RUN apk del .b120
RUN apk add --virtual .b121 gcc musl-dev
RUN apk del .b121
RUN apk add --virtual .b122 gcc musl-dev
RUN apk del .b122
RUN apk add --virtual .b123 gcc musl-dev
RUN apk del .b123
RUN apk add --virtual .b124 gcc musl-dev
RUN apk del .b124
RUN apk add --virtual .b125 gcc musl-dev
RUN apk del .b125
RUN apk add --virtual .b126 gcc musl-dev
RUN apk del .b126
RUN apk add --virtual .b127 gcc musl-dev
RUN apk del .b127
RUN apk add --virtual .b128 gcc musl-dev
RUN apk del .b128
RUN apk add --virtual .b129 gcc musl-dev
RUN apk del .b129
RUN apk add --virtual .b130 gcc musl-dev
RUN apk del .b130
RUN apk add --virtual .b131 gcc musl-dev
RUN apk del .b131
RUN apk add --virtual .b132 gcc musl-dev
RUN apk del .b132
RUN apk add --virtual .b133 gcc musl-dev
RUN apk del .b133
RUN apk add --virtual .b134 gcc musl-dev
RUN apk del .b134
RUN apk add --virtual .b135 gcc musl-dev
RUN apk del .b135
RUN apk add --virtual .b136 gcc musl-dev
RUN apk del .b136
RUN apk add --virtual .b137 gcc musl-dev
RUN apk del .b137
RUN apk add --virtual .b138 gcc musl-dev
RUN apk del .b138
RUN apk add --virtual .b139 gcc musl-dev
RUN apk del .b139
RUN apk add --virtual .b140 gcc musl-dev
RUN apk del .b140
RUN apk add --virtual .b141 gcc musl-dev
RUN apk del .b141
RUN apk add --virtual .b142 gcc musl-dev
RUN apk del .b142
RUN apk add --virtual .b143 gcc musl-dev
RUN apk del .b143
RUN apk add --virtual .b144 gcc musl-dev
RUN apk del .b144
RUN apk add --virtual .b145 gcc musl-dev
RUN apk del .b145
RUN apk add --virtual .b146 gcc musl-dev
RUN apk del .b146
RUN apk add --virtual .b147 gcc musl-dev
RUN apk del .b147
RUN apk add --virtual .b148 gcc musl-dev
RUN apk del .b148
RUN apk add --virtual .b149 gcc musl-dev
RUN apk del .b149
RUN apk add --virtual .b150 gcc musl-dev
RUN apk del .b150
RUN apk add --virtual .b151 gcc musl-dev
RUN apk del .b151
RUN apk add --virtual .b152 gcc musl-dev
RUN apk del .b152
RUN apk add --virtual .b153 gcc musl-dev
RUN apk del .b153
RUN apk add --virtual .b154 gcc musl-dev
RUN apk del .b154
RUN apk add --virtual .b155 gcc musl-dev
RUN apk del .b155
RUN apk add --virtual .b156 gcc musl-dev
RUN apk del .b156
RUN apk add --virtual .b157 gcc musl-dev
RUN apk del .b157
RUN apk add --virtual .b158 gcc musl-dev
RUN apk del .b158
RUN apk add --virtual .b159 gcc musl-dev
RUN apk del .b159
RUN apk add --virtual .b160 gcc musl-dev
RUN apk del .b160
RUN apk add --virtual .b161 gcc musl-dev
RUN apk del .b161
RUN apk add --virtual .b162 gcc musl-dev
RUN apk del .b162
RUN apk add --virtual .b163 gcc musl-dev
RUN apk del .b163
RUN apk add --virtual .b164 gcc musl-dev
RUN apk del .b164
RUN apk add --virtual .b165 gcc musl-dev
RUN apk del .b165
RUN apk add --virtual .b166 gcc musl-dev
RUN apk del .b166
RUN apk add --virtual .b167 gcc musl-dev
RUN apk del .b167
RUN apk add --virtual .b168 gcc musl-dev
RUN apk del .b168
RUN apk add --virtual .b169 gcc musl-dev
RUN apk del .b169
RUN apk add --virtual .b170 gcc musl-dev
RUN apk del .b170
RUN apk add --virtual .b171 gcc musl-dev
RUN apk del .b171
RUN apk add --virtual .b172 gcc musl-dev
RUN apk del .b172
RUN apk add --virtual .b173 gcc musl-dev
RUN apk del .b173
RUN apk add --virtual .b174 gcc musl-dev
RUN apk del .b174
RUN apk add --virtual .b175 gcc musl-dev
RUN apk del .b175
RUN apk add --virtual .b176 gcc musl-dev
RUN apk del .b176
RUN apk add --virtual .b177 gcc musl-dev
RUN apk del .b177
RUN apk add --virtual .b178 gcc musl-dev
RUN apk del .b178
RUN apk add --virtual .b179 gcc musl-dev
RUN apk del .b179
RUN apk add --virtual .b180 gcc musl-dev
RUN apk del .b180
RUN apk add --virtual .b181 gcc musl-dev
RUN apk del .b181
RUN apk add --virtual .b182 gcc musl-dev
RUN apk del .b182
RUN apk add --virtual .b183 gcc musl-dev
RUN apk del .b183
RUN apk add --virtual .b184 gcc musl-dev
RUN apk del .b184
RUN apk add --virtual .b185 gcc musl-dev
RUN apk del .b185
RUN apk add --virtual .b186 gcc musl-dev
RUN apk del .b186
RUN apk add --virtual .b187 gcc musl-dev
RUN apk del .b187
RUN apk add --virtual .b188 gcc musl-dev
RUN apk del .b188
RUN apk add --virtual .b189 gcc musl-dev
RUN apk del .b189
RUN apk add --virtual .b190 gcc musl-dev
RUN apk del .b190
RUN apk add --virtual .b191 gcc musl-dev
RUN apk del .b191
RUN apk add --virtual .b192 gcc musl-dev
RUN apk del .b192
RUN apk add --virtual .b193 gcc musl-dev
RUN apk del .b193
RUN apk add --virtual .b194 gcc musl-dev
RUN apk del .b194
RUN apk add --virtual .b195 gcc musl-dev
RUN apk del .b195
RUN apk add --virtual .b196 gcc musl-dev
RUN apk del .b196
RUN apk add --virtual .b197 gcc musl-dev
RUN apk del .b197
RUN apk add --virtual .b198 gcc musl-dev
RUN apk del .b198
RUN apk add --virtual .b199 gcc musl-dev
RUN apk del .b199
RUN apk add --virtual .b200 gcc musl-dev
RUN apk del .b200
RUN apk add --virtual .b201 gcc musl-dev
RUN apk del .b201
RUN apk add --virtual .b202 gcc musl-dev
RUN apk del .b202
RUN apk add --virtual .b203 gcc musl-dev
RUN apk del .b203
RUN apk add --virtual .b204 gcc musl-dev
RUN apk del .b204
RUN apk add --virtual .b205 gcc musl-dev
RUN apk del .b205
RUN apk add --virtual .b206 gcc musl-dev
RUN apk del .b206
RUN apk add --virtual .b207 gcc musl-dev
RUN apk del .b207
RUN apk add --virtual .b208 gcc musl-dev
RUN apk del .b208
RUN apk add --virtual .b209 gcc musl-dev
RUN apk del .b209
RUN apk add --virtual .b210 gcc musl-dev
RUN apk del .b210
RUN apk add --virtual .b211 gcc musl-dev
RUN apk del .b211
RUN apk add --virtual .b212 gcc musl-dev
RUN apk del .b212
RUN apk add --virtual .b213 gcc musl-dev
RUN apk del .b213
RUN apk add --virtual .b214 gcc musl-dev
RUN apk del .b214
RUN apk add --virtual .b215 gcc musl-dev
RUN apk del .b215
RUN apk add --virtual .b216 gcc musl-dev
RUN apk del .b216
RUN apk add --virtual .b217 gcc musl-dev
RUN apk del .b217
RUN apk add --virtual .b218 gcc musl-dev
RUN apk del .b218
RUN apk add --virtual .b219 gcc musl-dev
RUN apk del .b219
RUN apk add --virtual .b220 gcc musl-dev
RUN apk del .b220
RUN apk add --virtual .b221 gcc musl-dev
RUN apk del .b221
RUN apk add --virtual .b222 gcc musl-dev
RUN apk del .b222
RUN apk add --virtual .b223 gcc musl-dev
RUN apk del .b223
RUN apk add --virtual .b224 gcc musl-dev
RUN apk del .b224
RUN apk add --virtual .b225 gcc musl-dev
RUN apk del .b225
RUN apk add --virtual .b226 gcc musl-dev
RUN apk del .b226
RUN apk add --virtual .b227 gcc musl-dev
RUN apk del .b227
RUN apk add --virtual .b228 gcc musl-dev
RUN apk del .b228
RUN apk add --virtual .b229 gcc musl-dev
RUN apk del .b229
RUN apk add --virtual .b230 gcc musl-dev
RUN apk del .b230
RUN apk add --virtual .b231 gcc musl-dev
RUN apk del .b231
RUN apk add --virtual .b232 gcc musl-dev
RUN apk del .b232
RUN apk add --virtual .b233 gcc musl-dev
RUN apk del .b233
RUN apk add --virtual .b234 gcc musl-dev
RUN apk del .b234
RUN apk add --virtual .b235 gcc musl-dev
RUN apk del .b235
RUN apk add --virtual .b236 gcc musl-dev
RUN apk del .b236
RUN apk add --virtual .b237 gcc musl-dev
RUN apk del .b237
RUN apk add --virtual .b238 gcc musl-dev
RUN apk del .b238
RUN apk add --virtual .b239 gcc musl-dev
RUN apk del .b239
RUN apk add --virtual .b240 gcc musl-dev
RUN apk del .b240
RUN apk add --virtual .b241 gcc musl-dev
RUN apk del .b241
RUN apk add --virtual .b242 gcc musl-dev
RUN apk del .b242
RUN apk add --virtual .b243 gcc musl-dev
RUN apk del .b243
RUN apk add --virtual .b244 gcc musl-dev
RUN apk del .b244
RUN apk add --virtual .b245 gcc musl-dev
RUN apk del .b245
RUN apk add --virtual .b246 gcc musl-dev
RUN apk del .b246
RUN apk add --virtual .b247 gcc musl-dev
RUN apk del .b247
RUN apk add --virtual .b248 gcc musl-dev
RUN apk del .b248
RUN apk add --virtual .b249 gcc musl-dev
RUN apk del .b249
RUN apk add --virtual .b250 gcc musl-dev
RUN apk del .b250
RUN apk add --virtual .b251 gcc musl-dev
RUN apk del .b251
RUN apk add --virtual .b252 gcc musl-dev
RUN apk del .b252
RUN apk add --virtual .b253 gcc musl-dev
RUN apk del .b253
RUN apk add --virtual .b254 gcc musl-dev
RUN apk del .b254
RUN apk add --virtual .b255 gcc musl-dev
RUN apk del .b255
RUN apk add --virtual .b256 gcc musl-dev
RUN apk del .b256
RUN apk add --virtual .b257 gcc musl-dev
RUN apk del .b257
RUN apk add --virtual .b258 gcc musl-dev
RUN apk del .b258
RUN apk add --virtual .b259 gcc musl-dev
RUN apk del .b259
RUN apk add --virtual .b260 gcc musl-dev
RUN apk del .b260
RUN apk add --virtual .b261 gcc musl-dev
RUN apk del .b261
RUN apk add --virtual .b262 gcc musl-dev
RUN apk del .b262
RUN apk add --virtual .b263 gcc musl-dev
RUN apk del .b263
RUN apk add --virtual .b264 gcc musl-dev
RUN apk del .b264
RUN apk add --virtual .b265 gcc musl-dev
RUN apk del .b265
RUN apk add --virtual .b266 gcc musl-dev
RUN apk del .b266
RUN apk add --virtual .b267 gcc musl-dev
RUN apk del .b267
RUN apk add --virtual .b268 gcc musl-dev
RUN apk del .b268
RUN apk add --virtual .b269 gcc musl-dev
RUN apk del .b269
RUN apk add --virtual .b270 gcc musl-dev
RUN apk del .b270
RUN apk add --virtual .b271 gcc musl-dev
RUN apk del .b271
RUN apk add --virtual .b272 gcc musl-dev
RUN apk del .b272
RUN apk add --virtual .b273 gcc musl-dev
RUN apk del .b273
RUN apk add --virtual .b274 gcc musl-dev
RUN apk del .b274
RUN apk add --virtual .b275 gcc musl-dev
RUN apk del .b275
RUN apk add --virtual .b276 gcc musl-dev
RUN apk del .b276
RUN apk add --virtual .b277 gcc musl-dev
RUN apk del .b277
RUN apk add --virtual .b278 gcc musl-dev
RUN apk del .b278
RUN apk add --virtual .b279 gcc musl-dev
RUN apk del .b279
RUN apk add --virtual .b280 gcc musl-dev
RUN apk del .b280
RUN apk add --virtual .b281 gcc musl-dev
RUN apk del .b281
RUN apk add --virtual .b282 gcc musl-dev
RUN apk del .b282
RUN apk add --virtual .b283 gcc musl-dev
RUN apk del .b283
RUN apk add --virtual .b284 gcc musl-dev
RUN apk del .b284
RUN apk add --virtual .b285 gcc musl-dev
RUN apk del .b285
RUN apk add --virtual .b286 gcc musl-dev
RUN apk del .b286
RUN apk add --virtual .b287 gcc musl-dev
RUN apk del .b287
RUN apk add --virtual .b288 gcc musl-dev
RUN apk del .b288
RUN apk add --virtual .b289 gcc musl-dev
RUN apk del .b289
RUN apk add --virtual .b290 gcc musl-dev
RUN apk del .b290
RUN apk add --virtual .b291 gcc musl-dev
RUN apk del .b291
RUN apk add --virtual .b292 gcc musl-dev
RUN apk del .b292
RUN apk add --virtual .b293 gcc musl-dev
RUN apk del .b293
RUN apk add --virtual .b294 gcc musl-dev
RUN apk del .b294
RUN apk add --virtual .b295 gcc musl-dev
RUN apk del .b295
RUN apk add --virtual .b296 gcc musl-dev
RUN apk del .b296
RUN apk add --virtual .b297 gcc musl-dev
RUN apk del .b297
RUN apk add --virtual .b298 gcc musl-dev
RUN apk del .b298
RUN apk add --virtual .b299 gcc musl-dev
RUN apk del .b299
