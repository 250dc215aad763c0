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
RUN apk add --virtual .b300 gcc musl-dev
RUN apk del .b300
RUN apk add --virtual .b301 gcc musl-dev
RUN apk del .b301
RUN apk add --virtual .b302 gcc musl-dev
RUN apk del .b302
RUN apk add --virtual .b303 gcc musl-dev
RUN apk del .b303
RUN apk add --virtual .b304 gcc musl-dev
RUN apk del .b304
RUN apk add --virtual .b305 gcc musl-dev
RUN apk del .b305
RUN apk add --virtual .b306 gcc musl-dev
RUN apk del .b306
RUN apk add --virtual .b307 gcc musl-dev
RUN apk del .b307
RUN apk add --virtual .b308 gcc musl-dev
RUN apk del .b308
RUN apk add --virtual .b309 gcc musl-dev
RUN apk del .b309
RUN apk add --virtual .b310 gcc musl-dev
RUN apk del .b310
RUN apk add --virtual .b311 gcc musl-dev
RUN apk del .b311
RUN apk add --virtual .b312 gcc musl-dev
RUN apk del .b312
RUN apk add --virtual .b313 gcc musl-dev
RUN apk del .b313
RUN apk add --virtual .b314 gcc musl-dev
RUN apk del .b314
RUN apk add --virtual .b315 gcc musl-dev
RUN apk del .b315
RUN apk add --virtual .b316 gcc musl-dev
RUN apk del .b316
RUN apk add --virtual .b317 gcc musl-dev
RUN apk del .b317
RUN apk add --virtual .b318 gcc musl-dev
RUN apk del .b318
RUN apk add --virtual .b319 gcc musl-dev
RUN apk del .b319
RUN apk add --virtual .b320 gcc musl-dev
RUN apk del .b320
RUN apk add --virtual .b321 gcc musl-dev
RUN apk del .b321
RUN apk add --virtual .b322 gcc musl-dev
RUN apk del .b322
RUN apk add --virtual .b323 gcc musl-dev
RUN apk del .b323
RUN apk add --virtual .b324 gcc musl-dev
RUN apk del .b324
RUN apk add --virtual .b325 gcc musl-dev
RUN apk del .b325
RUN apk add --virtual .b326 gcc musl-dev
RUN apk del .b326
RUN apk add --virtual .b327 gcc musl-dev
RUN apk del .b327
RUN apk add --virtual .b328 gcc musl-dev
RUN apk del .b328
RUN apk add --virtual .b329 gcc musl-dev
RUN apk del .b329
RUN apk add --virtual .b330 gcc musl-dev
RUN apk del .b330
RUN apk add --virtual .b331 gcc musl-dev
RUN apk del .b331
RUN apk add --virtual .b332 gcc musl-dev
RUN apk del .b332
RUN apk add --virtual .b333 gcc musl-dev
RUN apk del .b333
RUN apk add --virtual .b334 gcc musl-dev
RUN apk del .b334
RUN apk add --virtual .b335 gcc musl-dev
RUN apk del .b335
RUN apk add --virtual .b336 gcc musl-dev
RUN apk del .b336
RUN apk add --virtual .b337 gcc musl-dev
RUN apk del .b337
RUN apk add --virtual .b338 gcc musl-dev
RUN apk del .b338
RUN apk add --virtual .b339 gcc musl-dev
RUN apk del .b339
RUN apk add --virtual .b340 gcc musl-dev
RUN apk del .b340
RUN apk add --virtual .b341 gcc musl-dev
RUN apk del .b341
RUN apk add --virtual .b342 gcc musl-dev
RUN apk del .b342
RUN apk add --virtual .b343 gcc musl-dev
RUN apk del .b343
RUN apk add --virtual .b344 gcc musl-dev
RUN apk del .b344
RUN apk add --virtual .b345 gcc musl-dev
RUN apk del .b345
RUN apk add --virtual .b346 gcc musl-dev
RUN apk del .b346
RUN apk add --virtual .b347 gcc musl-dev
RUN apk del .b347
RUN apk add --virtual .b348 gcc musl-dev
RUN apk del .b348
RUN apk add --virtual .b349 gcc musl-dev
RUN apk del .b349
RUN apk add --virtual .b350 gcc musl-dev
RUN apk del .b350
RUN apk add --virtual .b351 gcc musl-dev
RUN apk del .b351
RUN apk add --virtual .b352 gcc musl-dev
RUN apk del .b352
RUN apk add --virtual .b353 gcc musl-dev
RUN apk del .b353
RUN apk add --virtual .b354 gcc musl-dev
RUN apk del .b354
RUN apk add --virtual .b355 gcc musl-dev
RUN apk del .b355
RUN apk add --virtual .b356 gcc musl-dev
RUN apk del .b356
RUN apk add --virtual .b357 gcc musl-dev
RUN apk del .b357
RUN apk add --virtual .b358 gcc musl-dev
RUN apk del .b358
RUN apk add --virtual .b359 gcc musl-dev
RUN apk del .b359
RUN apk add --virtual .b360 gcc musl-dev
RUN apk del .b360
RUN apk add --virtual .b361 gcc musl-dev
RUN apk del .b361
RUN apk add --virtual .b362 gcc musl-dev
RUN apk del .b362
RUN apk add --virtual .b363 gcc musl-dev
RUN apk del .b363
RUN apk add --virtual .b364 gcc musl-dev
RUN apk del .b364
RUN apk add --virtual .b365 gcc musl-dev
RUN apk del .b365
RUN apk add --virtual .b366 gcc musl-dev
RUN apk del .b366
RUN apk add --virtual .b367 gcc musl-dev
RUN apk del .b367
RUN apk add --virtual .b368 gcc musl-dev
RUN apk del .b368
RUN apk add --virtual .b369 gcc musl-dev
RUN apk del .b369
RUN apk add --virtual .b370 gcc musl-dev
RUN apk del .b370
RUN apk add --virtual .b371 gcc musl-dev
RUN apk del .b371
RUN apk add --virtual .b372 gcc musl-dev
RUN apk del .b372
RUN apk add --virtual .b373 gcc musl-dev
RUN apk del .b373
RUN apk add --virtual .b374 gcc musl-dev
RUN apk del .b374
RUN apk add --virtual .b375 gcc musl-dev
RUN apk del .b375
RUN apk add --virtual .b376 gcc musl-dev
RUN apk del .b376
RUN apk add --virtual .b377 gcc musl-dev
RUN apk del .b377
RUN apk add --virtual .b378 gcc musl-dev
RUN apk del .b378
RUN apk add --virtual .b379 gcc musl-dev
RUN apk del .b379
RUN apk add --virtual .b380 gcc musl-dev
RUN apk del .b380
RUN apk add --virtual .b381 gcc musl-dev
RUN apk del .b381
RUN apk add --virtual .b382 gcc musl-dev
RUN apk del .b382
RUN apk add --virtual .b383 gcc musl-dev
RUN apk del .b383
RUN apk add --virtual .b384 gcc musl-dev
RUN apk del .b384
RUN apk add --virtual .b385 gcc musl-dev
RUN apk del .b385
RUN apk add --virtual .b386 gcc musl-dev
RUN apk del .b386
RUN apk add --virtual .b387 gcc musl-dev
RUN apk del .b387
RUN apk add --virtual .b388 gcc musl-dev
RUN apk del .b388
RUN apk add --virtual .b389 gcc musl-dev
RUN apk del .b389
RUN apk add --virtual .b390 gcc musl-dev
RUN apk del .b390
RUN apk add --virtual .b391 gcc musl-dev
RUN apk del .b391
RUN apk add --virtual .b392 gcc musl-dev
RUN apk del .b392
RUN apk add --virtual .b393 gcc musl-dev
RUN apk del .b393
RUN apk add --virtual .b394 gcc musl-dev
RUN apk del .b394
RUN apk add --virtual .b395 gcc musl-dev
RUN apk del .b395
RUN apk add --virtual .b396 gcc musl-dev
RUN apk del .b396
RUN apk add --virtual .b397 gcc musl-dev
RUN apk del .b397
RUN apk add --virtual .b398 gcc musl-dev
RUN apk del .b398
RUN apk add --virtual .b399 gcc musl-dev
RUN apk del .b399
RUN apk add --virtual .b400 gcc musl-dev
RUN apk del .b400
RUN apk add --virtual .b401 gcc musl-dev
RUN apk del .b401
RUN apk add --virtual .b402 gcc musl-dev
RUN apk del .b402
RUN apk add --virtual .b403 gcc musl-dev
RUN apk del .b403
RUN apk add --virtual .b404 gcc musl-dev
RUN apk del .b404
RUN apk add --virtual .b405 gcc musl-dev
RUN apk del .b405
RUN apk add --virtual .b406 gcc musl-dev
RUN apk del .b406
RUN apk add --virtual .b407 gcc musl-dev
RUN apk del .b407
RUN apk add --virtual .b408 gcc musl-dev
RUN apk del .b408
RUN apk add --virtual .b409 gcc musl-dev
RUN apk del .b409
RUN apk add --virtual .b410 gcc musl-dev
RUN apk del .b410
RUN apk add --virtual .b411 gcc musl-dev
RUN apk del .b411
RUN apk add --virtual .b412 gcc musl-dev
RUN apk del .b412
RUN apk add --virtual .b413 gcc musl-dev
RUN apk del .b413
RUN apk add --virtual .b414 gcc musl-dev
RUN apk del .b414
RUN apk add --virtual .b415 gcc musl-dev
RUN apk del .b415
RUN apk add --virtual .b416 gcc musl-dev
RUN apk del .b416
RUN apk add --virtual .b417 gcc musl-dev
RUN apk del .b417
RUN apk add --virtual .b418 gcc musl-dev
RUN apk del .b418
RUN apk add --virtual .b419 gcc musl-dev
RUN apk del .b419
RUN apk add --virtual .b420 gcc musl-dev
RUN apk del .b420
RUN apk add --virtual .b421 gcc musl-dev
RUN apk del .b421
RUN apk add --virtual .b422 gcc musl-dev
RUN apk del .b422
RUN apk add --virtual .b423 gcc musl-dev
RUN apk del .b423
RUN apk add --virtual .b424 gcc musl-dev
RUN apk del .b424
RUN apk add --virtual .b425 gcc musl-dev
RUN apk del .b425
RUN apk add --virtual .b426 gcc musl-dev
RUN apk del .b426
RUN apk add --virtual .b427 gcc musl-dev
RUN apk del .b427
RUN apk add --virtual .b428 gcc musl-dev
RUN apk del .b428
RUN apk add --virtual .b429 gcc musl-dev
RUN apk del .b429
RUN apk add --virtual .b430 gcc musl-dev
RUN apk del .b430
RUN apk add --virtual .b431 gcc musl-dev
RUN apk del .b431
RUN apk add --virtual .b432 gcc musl-dev
RUN apk del .b432
RUN apk add --virtual .b433 gcc musl-dev
RUN apk del .b433
RUN apk add --virtual .b434 gcc musl-dev
RUN apk del .b434
RUN apk add --virtual .b435 gcc musl-dev
RUN apk del .b435
RUN apk add --virtual .b436 gcc musl-dev
RUN apk del .b436
RUN apk add --virtual .b437 gcc musl-dev
RUN apk del .b437
RUN apk add --virtual .b438 gcc musl-dev
RUN apk del .b438
RUN apk add --virtual .b439 gcc musl-dev
RUN apk del .b439
RUN apk add --virtual .b440 gcc musl-dev
RUN apk del .b440
RUN apk add --virtual .b441 gcc musl-dev
RUN apk del .b441
RUN apk add --virtual .b442 gcc musl-dev
RUN apk del .b442
RUN apk add --virtual .b443 gcc musl-dev
RUN apk del .b443
RUN apk add --virtual .b444 gcc musl-dev
RUN apk del .b444
RUN apk add --virtual .b445 gcc musl-dev
RUN apk del .b445
RUN apk add --virtual .b446 gcc musl-dev
RUN apk del .b446
RUN apk add --virtual .b447 gcc musl-dev
RUN apk del .b447
RUN apk add --virtual .b448 gcc musl-dev
RUN apk del .b448
RUN apk add --virtual .b449 gcc musl-dev
RUN apk del .b449
RUN apk add --virtual .b450 gcc musl-dev
RUN apk del .b450
RUN apk add --virtual .b451 gcc musl-dev
RUN apk del .b451
RUN apk add --virtual .b452 gcc musl-dev
RUN apk del .b452
RUN apk add --virtual .b453 gcc musl-dev
RUN apk del .b453
RUN apk add --virtual .b454 gcc musl-dev
RUN apk del .b454
RUN apk add --virtual .b455 gcc musl-dev
RUN apk del .b455
RUN apk add --virtual .b456 gcc musl-dev
RUN apk del .b456
RUN apk add --virtual .b457 gcc musl-dev
RUN apk del .b457
RUN apk add --virtual .b458 gcc musl-dev
RUN apk del .b458
RUN apk add --virtual .b459 gcc musl-dev
RUN apk del .b459
RUN apk add --virtual .b460 gcc musl-dev
RUN apk del .b460
RUN apk add --virtual .b461 gcc musl-dev
RUN apk del .b461
RUN apk add --virtual .b462 gcc musl-dev
RUN apk del .b462
RUN apk add --virtual .b463 gcc musl-dev
RUN apk del .b463
RUN apk add --virtual .b464 gcc musl-dev
RUN apk del .b464
RUN apk add --virtual .b465 gcc musl-dev
RUN apk del .b465
RUN apk add --virtual .b466 gcc musl-dev
RUN apk del .b466
RUN apk add --virtual .b467 gcc musl-dev
RUN apk del .b467
RUN apk add --virtual .b468 gcc musl-dev
RUN apk del .b468
RUN apk add --virtual .b469 gcc musl-dev
RUN apk del .b469
RUN apk add --virtual .b470 gcc musl-dev
RUN apk del .b470
RUN apk add --virtual .b471 gcc musl-dev
RUN apk del .b471
RUN apk add --virtual .b472 gcc musl-dev
RUN apk del .b472
RUN apk add --virtual .b473 gcc musl-dev
RUN apk del .b473
RUN apk add --virtual .b474 gcc musl-dev
RUN apk del .b474
RUN apk add --virtual .b475 gcc musl-dev
RUN apk del .b475
RUN apk add --virtual .b476 gcc musl-dev
RUN apk del .b476
RUN apk add --virtual .b477 gcc musl-dev
RUN apk del .b477
RUN apk add --virtual .b478 gcc musl-dev
RUN apk del .b478
RUN apk add --virtual .b479 gcc musl-dev
RUN apk del .b479
RUN apk add --virtual .b480 gcc musl-dev
RUN apk del .b480
RUN apk add --virtual .b481 gcc musl-dev
RUN apk del .b481
RUN apk add --virtual .b482 gcc musl-dev
RUN apk del .b482
RUN apk add --virtual .b483 gcc musl-dev
RUN apk del .b483
RUN apk add --virtual .b484 gcc musl-dev
RUN apk del .b484
RUN apk add --virtual .b485 gcc musl-dev
RUN apk del .b485
RUN apk add --virtual .b486 gcc musl-dev
RUN apk del .b486
RUN apk add --virtual .b487 gcc musl-dev
RUN apk del .b487
RUN apk add --virtual .b488 gcc musl-dev
RUN apk del .b488
RUN apk add --virtual .b489 gcc musl-dev
RUN apk del .b489
RUN apk add --virtual .b490 gcc musl-dev
RUN apk del .b490
RUN apk add --virtual .b491 gcc musl-dev
RUN apk del .b491
RUN apk add --virtual .b492 gcc musl-dev
RUN apk del .b492
RUN apk add --virtual .b493 gcc musl-dev
RUN apk del .b493
RUN apk add --virtual .b494 gcc musl-dev
RUN apk del .b494
RUN apk add --virtual .b495 gcc musl-dev
RUN apk del .b495
RUN apk add --virtual .b496 gcc musl-dev
RUN apk del .b496
RUN apk add --virtual .b497 gcc musl-dev
RUN apk del .b497
RUN apk add --virtual .b498 gcc musl-dev
RUN apk del .b498
RUN apk add --virtual .b499 gcc musl-dev
RUN apk del .b499
RUN apk add --virtual .b500 gcc musl-dev
RUN apk del .b500
RUN apk add --virtual .b501 gcc musl-dev
RUN apk del .b501
RUN apk add --virtual .b502 gcc musl-dev
RUN apk del .b502
RUN apk add --virtual .b503 gcc musl-dev
RUN apk del .b503
RUN apk add --virtual .b504 gcc musl-dev
RUN apk del .b504
RUN apk add --virtual .b505 gcc musl-dev
RUN apk del .b505
RUN apk add --virtual .b506 gcc musl-dev
RUN apk del .b506
RUN apk add --virtual .b507 gcc musl-dev
RUN apk del .b507
RUN apk add --virtual .b508 gcc musl-dev
RUN apk del .b508
RUN apk add --virtual .b509 gcc musl-dev
RUN apk del .b509
RUN apk add --virtual .b510 gcc musl-dev
RUN apk del .b510
RUN apk add --virtual .b511 gcc musl-dev
RUN apk del .b511
RUN apk add --virtual .b512 gcc musl-dev
RUN apk del .b512
RUN apk add --virtual .b513 gcc musl-dev
RUN apk del .b513
RUN apk add --virtual .b514 gcc musl-dev
RUN apk del .b514
RUN apk add --virtual .b515 gcc musl-dev
RUN apk del .b515
RUN apk add --virtual .b516 gcc musl-dev
RUN apk del .b516
RUN apk add --virtual .b517 gcc musl-dev
RUN apk del .b517
RUN apk add --virtual .b518 gcc musl-dev
RUN apk del .b518
RUN apk add --virtual .b519 gcc musl-dev
RUN apk del .b519
RUN apk add --virtual .b520 gcc musl-dev
RUN apk del .b520
RUN apk add --virtual .b521 gcc musl-dev
RUN apk del .b521
RUN apk add --virtual .b522 gcc musl-dev
RUN apk del .b522
RUN apk add --virtual .b523 gcc musl-dev
RUN apk del .b523
RUN apk add --virtual .b524 gcc musl-dev
RUN apk del .b524
RUN apk add --virtual .b525 gcc musl-dev
RUN apk del .b525
RUN apk add --virtual .b526 gcc musl-dev
RUN apk del .b526
RUN apk add --virtual .b527 gcc musl-dev
RUN apk del .b527
RUN apk add --virtual .b528 gcc musl-dev
RUN apk del .b528
RUN apk add --virtual .b529 gcc musl-dev
RUN apk del .b529
RUN apk add --virtual .b530 gcc musl-dev
RUN apk del .b530
RUN apk add --virtual .b531 gcc musl-dev
RUN apk del .b531
RUN apk add --virtual .b532 gcc musl-dev
RUN apk del .b532
RUN apk add --virtual .b533 gcc musl-dev
RUN apk del .b533
RUN apk add --virtual .b534 gcc musl-dev
RUN apk del .b534
RUN apk add --virtual .b535 gcc musl-dev
RUN apk del .b535
RUN apk add --virtual .b536 gcc musl-dev
RUN apk del .b536
RUN apk add --virtual .b537 gcc musl-dev
RUN apk del .b537
RUN apk add --virtual .b538 gcc musl-dev
RUN apk del .b538
RUN apk add --virtual .b539 gcc musl-dev
RUN apk del .b539
RUN apk add --virtual .b540 gcc musl-dev
RUN apk del .b540
RUN apk add --virtual .b541 gcc musl-dev
RUN apk del .b541
RUN apk add --virtual .b542 gcc musl-dev
RUN apk del .b542
RUN apk add --virtual .b543 gcc musl-dev
RUN apk del .b543
RUN apk add --virtual .b544 gcc musl-dev
RUN apk del .b544
RUN apk add --virtual .b545 gcc musl-dev
RUN apk del .b545
RUN apk add --virtual .b546 gcc musl-dev
RUN apk del .b546
RUN apk add --virtual .b547 gcc musl-dev
RUN apk del .b547
RUN apk add --virtual .b548 gcc musl-dev
RUN apk del .b548
RUN apk add --virtual .b549 gcc musl-dev
RUN apk del .b549
RUN apk add --virtual .b550 gcc musl-dev
RUN apk del .b550
RUN apk add --virtual .b551 gcc musl-dev
RUN apk del .b551
RUN apk add --virtual .b552 gcc musl-dev
RUN apk del .b552
RUN apk add --virtual .b553 gcc musl-dev
RUN apk del .b553
RUN apk add --virtual .b554 gcc musl-dev
RUN apk del .b554
RUN apk add --virtual .b555 gcc musl-dev
RUN apk del .b555
RUN apk add --virtual .b556 gcc musl-dev
RUN apk del .b556
RUN apk add --virtual .b557 gcc musl-dev
RUN apk del .b557
RUN apk add --virtual .b558 gcc musl-dev
RUN apk del .b558
RUN apk add --virtual .b559 gcc musl-dev
RUN apk del .b559
RUN apk add --virtual .b560 gcc musl-dev
RUN apk del .b560
RUN apk add --virtual .b561 gcc musl-dev
RUN apk del .b561
RUN apk add --virtual .b562 gcc musl-dev
RUN apk del .b562
RUN apk add --virtual .b563 gcc musl-dev
RUN apk del .b563
RUN apk add --virtual .b564 gcc musl-dev
RUN apk del .b564
RUN apk add --virtual .b565 gcc musl-dev
RUN apk del .b565
RUN apk add --virtual .b566 gcc musl-dev
RUN apk del .b566
RUN apk add --virtual .b567 gcc musl-dev
RUN apk del .b567
RUN apk add --virtual .b568 gcc musl-dev
RUN apk del .b568
RUN apk add --virtual .b569 gcc musl-dev
RUN apk del .b569
RUN apk add --virtual .b570 gcc musl-dev
RUN apk del .b570
RUN apk add --virtual .b571 gcc musl-dev
RUN apk del .b571
RUN apk add --virtual .b572 gcc musl-dev
RUN apk del .b572
RUN apk add --virtual .b573 gcc musl-dev
RUN apk del .b573
RUN apk add --virtual .b574 gcc musl-dev
RUN apk del .b574
RUN apk add --virtual .b575 gcc musl-dev
RUN apk del .b575
RUN apk add --virtual .b576 gcc musl-dev
RUN apk del .b576
RUN apk add --virtual .b577 gcc musl-dev
RUN apk del .b577
RUN apk add --virtual .b578 gcc musl-dev
RUN apk del .b578
RUN apk add --virtual .b579 gcc musl-dev
RUN apk del .b579
RUN apk add --virtual .b580 gcc musl-dev
RUN apk del .b580
RUN apk add --virtual .b581 gcc musl-dev
RUN apk del .b581
RUN apk add --virtual .b582 gcc musl-dev
RUN apk del .b582
RUN apk add --virtual .b583 gcc musl-dev
RUN apk del .b583
RUN apk add --virtual .b584 gcc musl-dev
RUN apk del .b584
RUN apk add --virtual .b585 gcc musl-dev
RUN apk del .b585
RUN apk add --virtual .b586 gcc musl-dev
RUN apk del .b586
RUN apk add --virtual .b587 gcc musl-dev
RUN apk del .b587
RUN apk add --virtual .b588 gcc musl-dev
RUN apk del .b588
RUN apk add --virtual .b589 gcc musl-dev
RUN apk del .b589
RUN apk add --virtual .b590 gcc musl-dev
RUN apk del .b590
RUN apk add --virtual .b591 gcc musl-dev
RUN apk del .b591
RUN apk add --virtual .b592 gcc musl-dev
RUN apk del .b592
RUN apk add --virtual .b593 gcc musl-dev
RUN apk del .b593
RUN apk add --virtual .b594 gcc musl-dev
RUN apk del .b594
RUN apk add --virtual .b595 gcc musl-dev
RUN apk del .b595
RUN apk add --virtual .b596 gcc musl-dev
RUN apk del .b596
RUN apk add --virtual .b597 gcc musl-dev
RUN apk del .b597
RUN apk add --virtual .b598 gcc musl-dev
RUN apk del .b598
RUN apk add --virtual .b599 gcc musl-dev
RUN apk del .b599
RUN apk add --virtual .b600 gcc musl-dev
RUN apk del .b600
RUN apk add --virtual .b601 gcc musl-dev
RUN apk del .b601
RUN apk add --virtual .b602 gcc musl-dev
RUN apk del .b602
RUN apk add --virtual .b603 gcc musl-dev
RUN apk del .b603
RUN apk add --virtual .b604 gcc musl-dev
RUN apk del .b604
RUN apk add --virtual .b605 gcc musl-dev
RUN apk del .b605
RUN apk add --virtual .b606 gcc musl-dev
RUN apk del .b606
RUN apk add --virtual .b607 gcc musl-dev
RUN apk del .b607
RUN apk add --virtual .b608 gcc musl-dev
RUN apk del .b608
RUN apk add --virtual .b609 gcc musl-dev
RUN apk del .b609
RUN apk add --virtual .b610 gcc musl-dev
RUN apk del .b610
RUN apk add --virtual .b611 gcc musl-dev
RUN apk del .b611
RUN apk add --virtual .b612 gcc musl-dev
RUN apk del .b612
RUN apk add --virtual .b613 gcc musl-dev
RUN apk del .b613
RUN apk add --virtual .b614 gcc musl-dev
RUN apk del .b614
RUN apk add --virtual .b615 gcc musl-dev
RUN apk del .b615
RUN apk add --virtual .b616 gcc musl-dev
RUN apk del .b616
RUN apk add --virtual .b617 gcc musl-dev
RUN apk del .b617
RUN apk add --virtual .b618 gcc musl-dev
RUN apk del .b618
RUN apk add --virtual .b619 gcc musl-dev
RUN apk del .b619
RUN apk add --virtual .b620 gcc musl-dev
RUN apk del .b620
RUN apk add --virtual .b621 gcc musl-dev
RUN apk del .b621
RUN apk add --virtual .b622 gcc musl-dev
RUN apk del .b622
RUN apk add --virtual .b623 gcc musl-dev
RUN apk del .b623
RUN apk add --virtual .b624 gcc musl-dev
RUN apk del .b624
RUN apk add --virtual .b625 gcc musl-dev
RUN apk del .b625
RUN apk add --virtual .b626 gcc musl-dev
RUN apk del .b626
RUN apk add --virtual .b627 gcc musl-dev
RUN apk del .b627
RUN apk add --virtual .b628 gcc musl-dev
RUN apk del .b628
RUN apk add --virtual .b629 gcc musl-dev
RUN apk del .b629
RUN apk add --virtual .b630 gcc musl-dev
RUN apk del .b630
RUN apk add --virtual .b631 gcc musl-dev
RUN apk del .b631
RUN apk add --virtual .b632 gcc musl-dev
RUN apk del .b632
RUN apk add --virtual .b633 gcc musl-dev
RUN apk del .b633
RUN apk add --virtual .b634 gcc musl-dev
RUN apk del .b634
RUN apk add --virtual .b635 gcc musl-dev
RUN apk del .b635
RUN apk add --virtual .b636 gcc musl-dev
RUN apk del .b636
RUN apk add --virtual .b637 gcc musl-dev
RUN apk del .b637
RUN apk add --virtual .b638 gcc musl-dev
RUN apk del .b638
RUN apk add --virtual .b639 gcc musl-dev
RUN apk del .b639
RUN apk add --virtual .b640 gcc musl-dev
RUN apk del .b640
RUN apk add --virtual .b641 gcc musl-dev
RUN apk del .b641
RUN apk add --virtual .b642 gcc musl-dev
RUN apk del .b642
RUN apk add --virtual .b643 gcc musl-dev
RUN apk del .b643
RUN apk add --virtual .b644 gcc musl-dev
RUN apk del .b644
RUN apk add --virtual .b645 gcc musl-dev
RUN apk del .b645
RUN apk add --virtual .b646 gcc musl-dev
RUN apk del .b646
RUN apk add --virtual .b647 gcc musl-dev
RUN apk del .b647
RUN apk add --virtual .b648 gcc musl-dev
RUN apk del .b648
RUN apk add --virtual .b649 gcc musl-dev
RUN apk del .b649
RUN apk add --virtual .b650 gcc musl-dev
RUN apk del .b650
RUN apk add --virtual .b651 gcc musl-dev
RUN apk del .b651
RUN apk add --virtual .b652 gcc musl-dev
RUN apk del .b652
RUN apk add --virtual .b653 gcc musl-dev
RUN apk del .b653
RUN apk add --virtual .b654 gcc musl-dev
RUN apk del .b654
RUN apk add --virtual .b655 gcc musl-dev
RUN apk del .b655
RUN apk add --virtual .b656 gcc musl-dev
RUN apk del .b656
RUN apk add --virtual .b657 gcc musl-dev
RUN apk del .b657
RUN apk add --virtual .b658 gcc musl-dev
RUN apk del .b658
RUN apk add --virtual .b659 gcc musl-dev
RUN apk del .b659
RUN apk add --virtual .b660 gcc musl-dev
RUN apk del .b660
RUN apk add --virtual .b661 gcc musl-dev
RUN apk del .b661
RUN apk add --virtual .b662 gcc musl-dev
RUN apk del .b662
RUN apk add --virtual .b663 gcc musl-dev
RUN apk del .b663
RUN apk add --virtual .b664 gcc musl-dev
RUN apk del .b664
RUN apk add --virtual .b665 gcc musl-dev
RUN apk del .b665
RUN apk add --virtual .b666 gcc musl-dev
RUN apk del .b666
RUN apk add --virtual .b667 gcc musl-dev
RUN apk del .b667
RUN apk add --virtual .b668 gcc musl-dev
RUN apk del .b668
RUN apk add --virtual .b669 gcc musl-dev
RUN apk del .b669
RUN apk add --virtual .b670 gcc musl-dev
RUN apk del .b670
RUN apk add --virtual .b671 gcc musl-dev
RUN apk del .b671
RUN apk add --virtual .b672 gcc musl-dev
RUN apk del .b672
RUN apk add --virtual .b673 gcc musl-dev
RUN apk del .b673
RUN apk add --virtual .b674 gcc musl-dev
RUN apk del .b674
RUN apk add --virtual .b675 gcc musl-dev
RUN apk del .b675
RUN apk add --virtual .b676 gcc musl-dev
RUN apk del .b676
RUN apk add --virtual .b677 gcc musl-dev
RUN apk del .b677
RUN apk add --virtual .b678 gcc musl-dev
RUN apk del .b678
RUN apk add --virtual .b679 gcc musl-dev
RUN apk del .b679
RUN apk add --virtual .b680 gcc musl-dev
RUN apk del .b680
RUN apk add --virtual .b681 gcc musl-dev
RUN apk del .b681
RUN apk add --virtual .b682 gcc musl-dev
RUN apk del .b682
RUN apk add --virtual .b683 gcc musl-dev
RUN apk del .b683
RUN apk add --virtual .b684 gcc musl-dev
RUN apk del .b684
RUN apk add --virtual .b685 gcc musl-dev
RUN apk del .b685
RUN apk add --virtual .b686 gcc musl-dev
RUN apk del .b686
RUN apk add --virtual .b687 gcc musl-dev
RUN apk del .b687
RUN apk add --virtual .b688 gcc musl-dev
RUN apk del .b688
RUN apk add --virtual .b689 gcc musl-dev
RUN apk del .b689
RUN apk add --virtual .b690 gcc musl-dev
RUN apk del .b690
RUN apk add --virtual .b691 gcc musl-dev
RUN apk del .b691
RUN apk add --virtual .b692 gcc musl-dev
RUN apk del .b692
RUN apk add --virtual .b693 gcc musl-dev
RUN apk del .b693
RUN apk add --virtual .b694 gcc musl-dev
RUN apk del .b694
RUN apk add --virtual .b695 gcc musl-dev
RUN apk del .b695
RUN apk add --virtual .b696 gcc musl-dev
RUN apk del .b696
RUN apk add --virtual .b697 gcc musl-dev
RUN apk del .b697
RUN apk add --virtual .b698 gcc musl-dev
RUN apk del .b698
RUN apk add --virtual .b699 gcc musl-dev
RUN apk del .b699
RUN apk add --virtual .b700 gcc musl-dev
RUN apk del .b700
RUN apk add --virtual .b701 gcc musl-dev
RUN apk del .b701
RUN apk add --virtual .b702 gcc musl-dev
RUN apk del .b702
RUN apk add --virtual .b703 gcc musl-dev
RUN apk del .b703
RUN apk add --virtual .b704 gcc musl-dev
RUN apk del .b704
RUN apk add --virtual .b705 gcc musl-dev
RUN apk del .b705
RUN apk add --virtual .b706 gcc musl-dev
RUN apk del .b706
RUN apk add --virtual .b707 gcc musl-dev
RUN apk del .b707
RUN apk add --virtual .b708 gcc musl-dev
RUN apk del .b708
RUN apk add --virtual .b709 gcc musl-dev
RUN apk del .b709
RUN apk add --virtual .b710 gcc musl-dev
RUN apk del .b710
RUN apk add --virtual .b711 gcc musl-dev
RUN apk del .b711
RUN apk add --virtual .b712 gcc musl-dev
RUN apk del .b712
RUN apk add --virtual .b713 gcc musl-dev
RUN apk del .b713
RUN apk add --virtual .b714 gcc musl-dev
RUN apk del .b714
RUN apk add --virtual .b715 gcc musl-dev
RUN apk del .b715
RUN apk add --virtual .b716 gcc musl-dev
RUN apk del .b716
RUN apk add --virtual .b717 gcc musl-dev
RUN apk del .b717
RUN apk add --virtual .b718 gcc musl-dev
RUN apk del .b718
RUN apk add --virtual .b719 gcc musl-dev
RUN apk del .b719
RUN apk add --virtual .b720 gcc musl-dev
RUN apk del .b720
RUN apk add --virtual .b721 gcc musl-dev
RUN apk del .b721
RUN apk add --virtual .b722 gcc musl-dev
RUN apk del .b722
RUN apk add --virtual .b723 gcc musl-dev
RUN apk del .b723
RUN apk add --virtual .b724 gcc musl-dev
RUN apk del .b724
RUN apk add --virtual .b725 gcc musl-dev
RUN apk del .b725
RUN apk add --virtual .b726 gcc musl-dev
RUN apk del .b726
RUN apk add --virtual .b727 gcc musl-dev
RUN apk del .b727
RUN apk add --virtual .b728 gcc musl-dev
RUN apk del .b728
RUN apk add --virtual .b729 gcc musl-dev
RUN apk del .b729
RUN apk add --virtual .b730 gcc musl-dev
RUN apk del .b730
RUN apk add --virtual .b731 gcc musl-dev
RUN apk del .b731
RUN apk add --virtual .b732 gcc musl-dev
RUN apk del .b732
RUN apk add --virtual .b733 gcc musl-dev
RUN apk del .b733
RUN apk add --virtual .b734 gcc musl-dev
RUN apk del .b734
RUN apk add --virtual .b735 gcc musl-dev
RUN apk del .b735
RUN apk add --virtual .b736 gcc musl-dev
RUN apk del .b736
RUN apk add --virtual .b737 gcc musl-dev
RUN apk del .b737
RUN apk add --virtual .b738 gcc musl-dev
RUN apk del .b738
RUN apk add --virtual .b739 gcc musl-dev
RUN apk del .b739
RUN apk add --virtual .b740 gcc musl-dev
RUN apk del .b740
RUN apk add --virtual .b741 gcc musl-dev
RUN apk del .b741
RUN apk add --virtual .b742 gcc musl-dev
RUN apk del .b742
RUN apk add --virtual .b743 gcc musl-dev
RUN apk del .b743
RUN apk add --virtual .b744 gcc musl-dev
RUN apk del .b744
RUN apk add --virtual .b745 gcc musl-dev
RUN apk del .b745
RUN apk add --virtual .b746 gcc musl-dev
RUN apk del .b746
RUN apk add --virtual .b747 gcc musl-dev
RUN apk del .b747
RUN apk add --virtual .b748 gcc musl-dev
RUN apk del .b748
RUN apk add --virtual .b749 gcc musl-dev
RUN apk del .b749
RUN apk add --virtual .b750 gcc musl-dev
RUN apk del .b750
RUN apk add --virtual .b751 gcc musl-dev
RUN apk del .b751
RUN apk add --virtual .b752 gcc musl-dev
RUN apk del .b752
RUN apk add --virtual .b753 gcc musl-dev
RUN apk del .b753
RUN apk add --virtual .b754 gcc musl-dev
RUN apk del .b754
RUN apk add --virtual .b755 gcc musl-dev
RUN apk del .b755
RUN apk add --virtual .b756 gcc musl-dev
RUN apk del .b756
RUN apk add --virtual .b757 gcc musl-dev
RUN apk del .b757
RUN apk add --virtual .b758 gcc musl-dev
RUN apk del .b758
RUN apk add --virtual .b759 gcc musl-dev
RUN apk del .b759
RUN apk add --virtual .b760 gcc musl-dev
RUN apk del .b760
RUN apk add --virtual .b761 gcc musl-dev
RUN apk del .b761
RUN apk add --virtual .b762 gcc musl-dev
RUN apk del .b762
RUN apk add --virtual .b763 gcc musl-dev
RUN apk del .b763
RUN apk add --virtual .b764 gcc musl-dev
RUN apk del .b764
RUN apk add --virtual .b765 gcc musl-dev
RUN apk del .b765
RUN apk add --virtual .b766 gcc musl-dev
RUN apk del .b766
RUN apk add --virtual .b767 gcc musl-dev
RUN apk del .b767
RUN apk add --virtual .b768 gcc musl-dev
RUN apk del .b768
RUN apk add --virtual .b769 gcc musl-dev
RUN apk del .b769
RUN apk add --virtual .b770 gcc musl-dev
RUN apk del .b770
RUN apk add --virtual .b771 gcc musl-dev
RUN apk del .b771
RUN apk add --virtual .b772 gcc musl-dev
RUN apk del .b772
RUN apk add --virtual .b773 gcc musl-dev
RUN apk del .b773
RUN apk add --virtual .b774 gcc musl-dev
RUN apk del .b774
RUN apk add --virtual .b775 gcc musl-dev
RUN apk del .b775
RUN apk add --virtual .b776 gcc musl-dev
RUN apk del .b776
RUN apk add --virtual .b777 gcc musl-dev
RUN apk del .b777
RUN apk add --virtual .b778 gcc musl-dev
RUN apk del .b778
RUN apk add --virtual .b779 gcc musl-dev
RUN apk del .b779
RUN apk add --virtual .b780 gcc musl-dev
RUN apk del .b780
RUN apk add --virtual .b781 gcc musl-dev
RUN apk del .b781
RUN apk add --virtual .b782 gcc musl-dev
RUN apk del .b782
RUN apk add --virtual .b783 gcc musl-dev
RUN apk del .b783
RUN apk add --virtual .b784 gcc musl-dev
RUN apk del .b784
RUN apk add --virtual .b785 gcc musl-dev
RUN apk del .b785
RUN apk add --virtual .b786 gcc musl-dev
RUN apk del .b786
RUN apk add --virtual .b787 gcc musl-dev
RUN apk del .b787
RUN apk add --virtual .b788 gcc musl-dev
RUN apk del .b788
RUN apk add --virtual .b789 gcc musl-dev
RUN apk del .b789
RUN apk add --virtual .b790 gcc musl-dev
RUN apk del .b790
RUN apk add --virtual .b791 gcc musl-dev
RUN apk del .b791
RUN apk add --virtual .b792 gcc musl-dev
RUN apk del .b792
RUN apk add --virtual .b793 gcc musl-dev
RUN apk del .b793
RUN apk add --virtual .b794 gcc musl-dev
RUN apk del .b794
RUN apk add --virtual .b795 gcc musl-dev
RUN apk del .b795
RUN apk add --virtual .b796 gcc musl-dev
RUN apk del .b796
RUN apk add --virtual .b797 gcc musl-dev
RUN apk del .b797
RUN apk add --virtual .b798 gcc musl-dev
RUN apk del .b798
RUN apk add --virtual .b799 gcc musl-dev
RUN apk del .b799
RUN apk add --virtual .b800 gcc musl-dev
RUN apk del .b800
RUN apk add --virtual .b801 gcc musl-dev
RUN apk del .b801
RUN apk add --virtual .b802 gcc musl-dev
RUN apk del .b802
RUN apk add --virtual .b803 gcc musl-dev
RUN apk del .b803
RUN apk add --virtual .b804 gcc musl-dev
RUN apk del .b804
RUN apk add --virtual .b805 gcc musl-dev
RUN apk del .b805
RUN apk add --virtual .b806 gcc musl-dev
RUN apk del .b806
RUN apk add --virtual .b807 gcc musl-dev
RUN apk del .b807
RUN apk add --virtual .b808 gcc musl-dev
RUN apk del .b808
RUN apk add --virtual .b809 gcc musl-dev
RUN apk del .b809
RUN apk add --virtual .b810 gcc musl-dev
RUN apk del .b810
RUN apk add --virtual .b811 gcc musl-dev
RUN apk del .b811
RUN apk add --virtual .b812 gcc musl-dev
RUN apk del .b812
RUN apk add --virtual .b813 gcc musl-dev
RUN apk del .b813
RUN apk add --virtual .b814 gcc musl-dev
RUN apk del .b814
RUN apk add --virtual .b815 gcc musl-dev
RUN apk del .b815
RUN apk add --virtual .b816 gcc musl-dev
RUN apk del .b816
RUN apk add --virtual .b817 gcc musl-dev
RUN apk del .b817
RUN apk add --virtual .b818 gcc musl-dev
RUN apk del .b818
RUN apk add --virtual .b819 gcc musl-dev
RUN apk del .b819
RUN apk add --virtual .b820 gcc musl-dev
RUN apk del .b820
RUN apk add --virtual .b821 gcc musl-dev
RUN apk del .b821
RUN apk add --virtual .b822 gcc musl-dev
RUN apk del .b822
RUN apk add --virtual .b823 gcc musl-dev
RUN apk del .b823
RUN apk add --virtual .b824 gcc musl-dev
RUN apk del .b824
RUN apk add --virtual .b825 gcc musl-dev
RUN apk del .b825
RUN apk add --virtual .b826 gcc musl-dev
RUN apk del .b826
RUN apk add --virtual .b827 gcc musl-dev
RUN apk del .b827
RUN apk add --virtual .b828 gcc musl-dev
RUN apk del .b828
RUN apk add --virtual .b829 gcc musl-dev
RUN apk del .b829
RUN apk add --virtual .b830 gcc musl-dev
RUN apk del .b830
RUN apk add --virtual .b831 gcc musl-dev
RUN apk del .b831
RUN apk add --virtual .b832 gcc musl-dev
RUN apk del .b832
RUN apk add --virtual .b833 gcc musl-dev
RUN apk del .b833
RUN apk add --virtual .b834 gcc musl-dev
RUN apk del .b834
RUN apk add --virtual .b835 gcc musl-dev
RUN apk del .b835
RUN apk add --virtual .b836 gcc musl-dev
RUN apk del .b836
RUN apk add --virtual .b837 gcc musl-dev
RUN apk del .b837
RUN apk add --virtual .b838 gcc musl-dev
RUN apk del .b838
RUN apk add --virtual .b839 gcc musl-dev
RUN apk del .b839
RUN apk add --virtual .b840 gcc musl-dev
RUN apk del .b840
RUN apk add --virtual .b841 gcc musl-dev
RUN apk del .b841
RUN apk add --virtual .b842 gcc musl-dev
RUN apk del .b842
RUN apk add --virtual .b843 gcc musl-dev
RUN apk del .b843
RUN apk add --virtual .b844 gcc musl-dev
RUN apk del .b844
RUN apk add --virtual .b845 gcc musl-dev
RUN apk del .b845
RUN apk add --virtual .b846 gcc musl-dev
RUN apk del .b846
RUN apk add --virtual .b847 gcc musl-dev
RUN apk del .b847
RUN apk add --virtual .b848 gcc musl-dev
RUN apk del .b848
RUN apk add --virtual .b849 gcc musl-dev
RUN apk del .b849
RUN apk add --virtual .b850 gcc musl-dev
RUN apk del .b850
RUN apk add --virtual .b851 gcc musl-dev
RUN apk del .b851
RUN apk add --virtual .b852 gcc musl-dev
RUN apk del .b852
RUN apk add --virtual .b853 gcc musl-dev
RUN apk del .b853
RUN apk add --virtual .b854 gcc musl-dev
RUN apk del .b854
RUN apk add --virtual .b855 gcc musl-dev
RUN apk del .b855
RUN apk add --virtual .b856 gcc musl-dev
RUN apk del .b856
RUN apk add --virtual .b857 gcc musl-dev
RUN apk del .b857
RUN apk add --virtual .b858 gcc musl-dev
RUN apk del .b858
RUN apk add --virtual .b859 gcc musl-dev
RUN apk del .b859
RUN apk add --virtual .b860 gcc musl-dev
RUN apk del .b860
RUN apk add --virtual .b861 gcc musl-dev
RUN apk del .b861
RUN apk add --virtual .b862 gcc musl-dev
RUN apk del .b862
RUN apk add --virtual .b863 gcc musl-dev
RUN apk del .b863
RUN apk add --virtual .b864 gcc musl-dev
RUN apk del .b864
RUN apk add --virtual .b865 gcc musl-dev
RUN apk del .b865
RUN apk add --virtual .b866 gcc musl-dev
RUN apk del .b866
RUN apk add --virtual .b867 gcc musl-dev
RUN apk del .b867
RUN apk add --virtual .b868 gcc musl-dev
RUN apk del .b868
RUN apk add --virtual .b869 gcc musl-dev
RUN apk del .b869
RUN apk add --virtual .b870 gcc musl-dev
RUN apk del .b870
RUN apk add --virtual .b871 gcc musl-dev
RUN apk del .b871
RUN apk add --virtual .b872 gcc musl-dev
RUN apk del .b872
RUN apk add --virtual .b873 gcc musl-dev
RUN apk del .b873
RUN apk add --virtual .b874 gcc musl-dev
RUN apk del .b874
RUN apk add --virtual .b875 gcc musl-dev
RUN apk del .b875
RUN apk add --virtual .b876 gcc musl-dev
RUN apk del .b876
RUN apk add --virtual .b877 gcc musl-dev
RUN apk del .b877
RUN apk add --virtual .b878 gcc musl-dev
RUN apk del .b878
RUN apk add --virtual .b879 gcc musl-dev
RUN apk del .b879
RUN apk add --virtual .b880 gcc musl-dev
RUN apk del .b880
RUN apk add --virtual .b881 gcc musl-dev
RUN apk del .b881
RUN apk add --virtual .b882 gcc musl-dev
RUN apk del .b882
RUN apk add --virtual .b883 gcc musl-dev
RUN apk del .b883
RUN apk add --virtual .b884 gcc musl-dev
RUN apk del .b884
RUN apk add --virtual .b885 gcc musl-dev
RUN apk del .b885
RUN apk add --virtual .b886 gcc musl-dev
RUN apk del .b886
RUN apk add --virtual .b887 gcc musl-dev
RUN apk del .b887
RUN apk add --virtual .b888 gcc musl-dev
RUN apk del .b888
RUN apk add --virtual .b889 gcc musl-dev
RUN apk del .b889
RUN apk add --virtual .b890 gcc musl-dev
RUN apk del .b890
RUN apk add --virtual .b891 gcc musl-dev
RUN apk del .b891
RUN apk add --virtual .b892 gcc musl-dev
RUN apk del .b892
RUN apk add --virtual .b893 gcc musl-dev
RUN apk del .b893
RUN apk add --virtual .b894 gcc musl-dev
RUN apk del .b894
RUN apk add --virtual .b895 gcc musl-dev
RUN apk del .b895
RUN apk add --virtual .b896 gcc musl-dev
RUN apk del .b896
RUN apk add --virtual .b897 gcc musl-dev
RUN apk del .b897
RUN apk add --virtual .b898 gcc musl-dev
RUN apk del .b898
RUN apk add --virtual .b899 gcc musl-dev
RUN apk del .b899
RUN apk add --virtual .b900 gcc musl-dev
RUN apk del .b900
RUN apk add --virtual .b901 gcc musl-dev
RUN apk del .b901
RUN apk add --virtual .b902 gcc musl-dev
RUN apk del .b902
RUN apk add --virtual .b903 gcc musl-dev
RUN apk del .b903
RUN apk add --virtual .b904 gcc musl-dev
RUN apk del .b904
RUN apk add --virtual .b905 gcc musl-dev
RUN apk del .b905
RUN apk add --virtual .b906 gcc musl-dev
RUN apk del .b906
RUN apk add --virtual .b907 gcc musl-dev
RUN apk del .b907
RUN apk add --virtual .b908 gcc musl-dev
RUN apk del .b908
RUN apk add --virtual .b909 gcc musl-dev
RUN apk del .b909
RUN apk add --virtual .b910 gcc musl-dev
RUN apk del .b910
RUN apk add --virtual .b911 gcc musl-dev
RUN apk del .b911
RUN apk add --virtual .b912 gcc musl-dev
RUN apk del .b912
RUN apk add --virtual .b913 gcc musl-dev
RUN apk del .b913
RUN apk add --virtual .b914 gcc musl-dev
RUN apk del .b914
RUN apk add --virtual .b915 gcc musl-dev
RUN apk del .b915
RUN apk add --virtual .b916 gcc musl-dev
RUN apk del .b916
RUN apk add --virtual .b917 gcc musl-dev
RUN apk del .b917
RUN apk add --virtual .b918 gcc musl-dev
RUN apk del .b918
RUN apk add --virtual .b919 gcc musl-dev
RUN apk del .b919
RUN apk add --virtual .b920 gcc musl-dev
RUN apk del .b920
RUN apk add --virtual .b921 gcc musl-dev
RUN apk del .b921
RUN apk add --virtual .b922 gcc musl-dev
RUN apk del .b922
RUN apk add --virtual .b923 gcc musl-dev
RUN apk del .b923
RUN apk add --virtual .b924 gcc musl-dev
RUN apk del .b924
RUN apk add --virtual .b925 gcc musl-dev
RUN apk del .b925
RUN apk add --virtual .b926 gcc musl-dev
RUN apk del .b926
RUN apk add --virtual .b927 gcc musl-dev
RUN apk del .b927
RUN apk add --virtual .b928 gcc musl-dev
RUN apk del .b928
RUN apk add --virtual .b929 gcc musl-dev
RUN apk del .b929
RUN apk add --virtual .b930 gcc musl-dev
RUN apk del .b930
RUN apk add --virtual .b931 gcc musl-dev
RUN apk del .b931
RUN apk add --virtual .b932 gcc musl-dev
RUN apk del .b932
RUN apk add --virtual .b933 gcc musl-dev
RUN apk del .b933
RUN apk add --virtual .b934 gcc musl-dev
RUN apk del .b934
RUN apk add --virtual .b935 gcc musl-dev
RUN apk del .b935
RUN apk add --virtual .b936 gcc musl-dev
RUN apk del .b936
RUN apk add --virtual .b937 gcc musl-dev
RUN apk del .b937
RUN apk add --virtual .b938 gcc musl-dev
RUN apk del .b938
RUN apk add --virtual .b939 gcc musl-dev
RUN apk del .b939
RUN apk add --virtual .b940 gcc musl-dev
RUN apk del .b940
RUN apk add --virtual .b941 gcc musl-dev
RUN apk del .b941
RUN apk add --virtual .b942 gcc musl-dev
RUN apk del .b942
RUN apk add --virtual .b943 gcc musl-dev
RUN apk del .b943
RUN apk add --virtual .b944 gcc musl-dev
RUN apk del .b944
RUN apk add --virtual .b945 gcc musl-dev
RUN apk del .b945
RUN apk add --virtual .b946 gcc musl-dev
RUN apk del .b946
RUN apk add --virtual .b947 gcc musl-dev
RUN apk del .b947
RUN apk add --virtual .b948 gcc musl-dev
RUN apk del .b948
RUN apk add --virtual .b949 gcc musl-dev
RUN apk del .b949
RUN apk add --virtual .b950 gcc musl-dev
RUN apk del .b950
RUN apk add --virtual .b951 gcc musl-dev
RUN apk del .b951
RUN apk add --virtual .b952 gcc musl-dev
RUN apk del .b952
RUN apk add --virtual .b953 gcc musl-dev
RUN apk del .b953
RUN apk add --virtual .b954 gcc musl-dev
RUN apk del .b954
RUN apk add --virtual .b955 gcc musl-dev
RUN apk del .b955
RUN apk add --virtual .b956 gcc musl-dev
RUN apk del .b956
RUN apk add --virtual .b957 gcc musl-dev
RUN apk del .b957
RUN apk add --virtual .b958 gcc musl-dev
RUN apk del .b958
RUN apk add --virtual .b959 gcc musl-dev
RUN apk del .b959
RUN apk add --virtual .b960 gcc musl-dev
RUN apk del .b960
RUN apk add --virtual .b961 gcc musl-dev
RUN apk del .b961
RUN apk add --virtual .b962 gcc musl-dev
RUN apk del .b962
RUN apk add --virtual .b963 gcc musl-dev
RUN apk del .b963
RUN apk add --virtual .b964 gcc musl-dev
RUN apk del .b964
RUN apk add --virtual .b965 gcc musl-dev
RUN apk del .b965
RUN apk add --virtual .b966 gcc musl-dev
RUN apk del .b966
RUN apk add --virtual .b967 gcc musl-dev
RUN apk del .b967
RUN apk add --virtual .b968 gcc musl-dev
RUN apk del .b968
RUN apk add --virtual .b969 gcc musl-dev
RUN apk del .b969
RUN apk add --virtual .b970 gcc musl-dev
RUN apk del .b970
RUN apk add --virtual .b971 gcc musl-dev
RUN apk del .b971
RUN apk add --virtual .b972 gcc musl-dev
RUN apk del .b972
RUN apk add --virtual .b973 gcc musl-dev
RUN apk del .b973
RUN apk add --virtual .b974 gcc musl-dev
RUN apk del .b974
RUN apk add --virtual .b975 gcc musl-dev
RUN apk del .b975
RUN apk add --virtual .b976 gcc musl-dev
RUN apk del .b976
RUN apk add --virtual .b977 gcc musl-dev
RUN apk del .b977
RUN apk add --virtual .b978 gcc musl-dev
RUN apk del .b978
RUN apk add --virtual .b979 gcc musl-dev
RUN apk del .b979
RUN apk add --virtual .b980 gcc musl-dev
RUN apk del .b980
RUN apk add --virtual .b981 gcc musl-dev
RUN apk del .b981
RUN apk add --virtual .b982 gcc musl-dev
RUN apk del .b982
RUN apk add --virtual .b983 gcc musl-dev
RUN apk del .b983
RUN apk add --virtual .b984 gcc musl-dev
RUN apk del .b984
RUN apk add --virtual .b985 gcc musl-dev
RUN apk del .b985
RUN apk add --virtual .b986 gcc musl-dev
RUN apk del .b986
RUN apk add --virtual .b987 gcc musl-dev
RUN apk del .b987
RUN apk add --virtual .b988 gcc musl-dev
RUN apk del .b988
RUN apk add --virtual .b989 gcc musl-dev
RUN apk del .b989
RUN apk add --virtual .b990 gcc musl-dev
RUN apk del .b990
RUN apk add --virtual .b991 gcc musl-dev
RUN apk del .b991
RUN apk add --virtual .b992 gcc musl-dev
RUN apk del .b992
RUN apk add --virtual .b993 gcc musl-dev
RUN apk del .b993
RUN apk add --virtual .b994 gcc musl-dev
RUN apk del .b994
RUN apk add --virtual .b995 gcc musl-dev
RUN apk del .b995
RUN apk add --virtual .b996 gcc musl-dev
RUN apk del .b996
RUN apk add --virtual .b997 gcc musl-dev
RUN apk del .b997
RUN apk add --virtual .b998 gcc musl-dev
RUN apk del .b998
RUN apk add --virtual .b999 gcc musl-dev
RUN apk del .b999
RUN apk add --virtual .b1000 gcc musl-dev
RUN apk del .b1000
RUN apk add --virtual .b1001 gcc musl-dev
RUN apk del .b1001
RUN apk add --virtual .b1002 gcc musl-dev
RUN apk del .b1002
RUN apk add --virtual .b1003 gcc musl-dev
RUN apk del .b1003
RUN apk add --virtual .b1004 gcc musl-dev
RUN apk del .b1004
RUN apk add --virtual .b1005 gcc musl-dev
RUN apk del .b1005
RUN apk add --virtual .b1006 gcc musl-dev
RUN apk del .b1006
RUN apk add --virtual .b1007 gcc musl-dev
RUN apk del .b1007
RUN apk add --virtual .b1008 gcc musl-dev
RUN apk del .b1008
RUN apk add --virtual .b1009 gcc musl-dev
RUN apk del .b1009
RUN apk add --virtual .b1010 gcc musl-dev
RUN apk del .b1010
RUN apk add --virtual .b1011 gcc musl-dev
RUN apk del .b1011
RUN apk add --virtual .b1012 gcc musl-dev
RUN apk del .b1012
RUN apk add --virtual .b1013 gcc musl-dev
RUN apk del .b1013
RUN apk add --virtual .b1014 gcc musl-dev
RUN apk del .b1014
RUN apk add --virtual .b1015 gcc musl-dev
RUN apk del .b1015
RUN apk add --virtual .b1016 gcc musl-dev
RUN apk del .b1016
RUN apk add --virtual .b1017 gcc musl-dev
RUN apk del .b1017
RUN apk add --virtual .b1018 gcc musl-dev
RUN apk del .b1018
RUN apk add --virtual .b1019 gcc musl-dev
RUN apk del .b1019
RUN apk add --virtual .b1020 gcc musl-dev
RUN apk del .b1020
RUN apk add --virtual .b1021 gcc musl-dev
RUN apk del .b1021
RUN apk add --virtual .b1022 gcc musl-dev
RUN apk del .b1022
RUN apk add --virtual .b1023 gcc musl-dev
RUN apk del .b1023
RUN apk add --virtual .b1024 gcc musl-dev
RUN apk del .b1024
RUN apk add --virtual .b1025 gcc musl-dev
RUN apk del .b1025
RUN apk add --virtual .b1026 gcc musl-dev
RUN apk del .b1026
RUN apk add --virtual .b1027 gcc musl-dev
RUN apk del .b1027
RUN apk add --virtual .b1028 gcc musl-dev
RUN apk del .b1028
RUN apk add --virtual .b1029 gcc musl-dev
RUN apk del .b1029
RUN apk add --virtual .b1030 gcc musl-dev
RUN apk del .b1030
RUN apk add --virtual .b1031 gcc musl-dev
RUN apk del .b1031
RUN apk add --virtual .b1032 gcc musl-dev
RUN apk del .b1032
RUN apk add --virtual .b1033 gcc musl-dev
RUN apk del .b1033
RUN apk add --virtual .b1034 gcc musl-dev
RUN apk del .b1034
RUN apk add --virtual .b1035 gcc musl-dev
RUN apk del .b1035
RUN apk add --virtual .b1036 gcc musl-dev
RUN apk del .b1036
RUN apk add --virtual .b1037 gcc musl-dev
RUN apk del .b1037
RUN apk add --virtual .b1038 gcc musl-dev
RUN apk del .b1038
RUN apk add --virtual .b1039 gcc musl-dev
RUN apk del .b1039
RUN apk add --virtual .b1040 gcc musl-dev
RUN apk del .b1040
RUN apk add --virtual .b1041 gcc musl-dev
RUN apk del .b1041
RUN apk add --virtual .b1042 gcc musl-dev
RUN apk del .b1042
RUN apk add --virtual .b1043 gcc musl-dev
RUN apk del .b1043
RUN apk add --virtual .b1044 gcc musl-dev
RUN apk del .b1044
RUN apk add --virtual .b1045 gcc musl-dev
RUN apk del .b1045
RUN apk add --virtual .b1046 gcc musl-dev
RUN apk del .b1046
RUN apk add --virtual .b1047 gcc musl-dev
RUN apk del .b1047
RUN apk add --virtual .b1048 gcc musl-dev
RUN apk del .b1048
RUN apk add --virtual .b1049 gcc musl-dev
RUN apk del .b1049
RUN apk add --virtual .b1050 gcc musl-dev
RUN apk del .b1050
RUN apk add --virtual .b1051 gcc musl-dev
RUN apk del .b1051
RUN apk add --virtual .b1052 gcc musl-dev
RUN apk del .b1052
RUN apk add --virtual .b1053 gcc musl-dev
RUN apk del .b1053
RUN apk add --virtual .b1054 gcc musl-dev
RUN apk del .b1054
RUN apk add --virtual .b1055 gcc musl-dev
RUN apk del .b1055
RUN apk add --virtual .b1056 gcc musl-dev
RUN apk del .b1056
RUN apk add --virtual .b1057 gcc musl-dev
RUN apk del .b1057
RUN apk add --virtual .b1058 gcc musl-dev
RUN apk del .b1058
RUN apk add --virtual .b1059 gcc musl-dev
RUN apk del .b1059
RUN apk add --virtual .b1060 gcc musl-dev
RUN apk del .b1060
RUN apk add --virtual .b1061 gcc musl-dev
RUN apk del .b1061
RUN apk add --virtual .b1062 gcc musl-dev
RUN apk del .b1062
RUN apk add --virtual .b1063 gcc musl-dev
RUN apk del .b1063
RUN apk add --virtual .b1064 gcc musl-dev
RUN apk del .b1064
RUN apk add --virtual .b1065 gcc musl-dev
RUN apk del .b1065
RUN apk add --virtual .b1066 gcc musl-dev
RUN apk del .b1066
RUN apk add --virtual .b1067 gcc musl-dev
RUN apk del .b1067
RUN apk add --virtual .b1068 gcc musl-dev
RUN apk del .b1068
RUN apk add --virtual .b1069 gcc musl-dev
RUN apk del .b1069
RUN apk add --virtual .b1070 gcc musl-dev
RUN apk del .b1070
RUN apk add --virtual .b1071 gcc musl-dev
RUN apk del .b1071
RUN apk add --virtual .b1072 gcc musl-dev
RUN apk del .b1072
RUN apk add --virtual .b1073 gcc musl-dev
RUN apk del .b1073
RUN apk add --virtual .b1074 gcc musl-dev
RUN apk del .b1074
RUN apk add --virtual .b1075 gcc musl-dev
RUN apk del .b1075
RUN apk add --virtual .b1076 gcc musl-dev
RUN apk del .b1076
RUN apk add --virtual .b1077 gcc musl-dev
RUN apk del .b1077
RUN apk add --virtual .b1078 gcc musl-dev
RUN apk del .b1078
RUN apk add --virtual .b1079 gcc musl-dev
RUN apk del .b1079
RUN apk add --virtual .b1080 gcc musl-dev
RUN apk del .b1080
RUN apk add --virtual .b1081 gcc musl-dev
RUN apk del .b1081
RUN apk add --virtual .b1082 gcc musl-dev
RUN apk del .b1082
RUN apk add --virtual .b1083 gcc musl-dev
RUN apk del .b1083
RUN apk add --virtual .b1084 gcc musl-dev
RUN apk del .b1084
RUN apk add --virtual .b1085 gcc musl-dev
RUN apk del .b1085
RUN apk add --virtual .b1086 gcc musl-dev
RUN apk del .b1086
RUN apk add --virtual .b1087 gcc musl-dev
RUN apk del .b1087
RUN apk add --virtual .b1088 gcc musl-dev
RUN apk del .b1088
RUN apk add --virtual .b1089 gcc musl-dev
RUN apk del .b1089
RUN apk add --virtual .b1090 gcc musl-dev
RUN apk del .b1090
RUN apk add --virtual .b1091 gcc musl-dev
RUN apk del .b1091
RUN apk add --virtual .b1092 gcc musl-dev
RUN apk del .b1092
RUN apk add --virtual .b1093 gcc musl-dev
RUN apk del .b1093
RUN apk add --virtual .b1094 gcc musl-dev
RUN apk del .b1094
RUN apk add --virtual .b1095 gcc musl-dev
RUN apk del .b1095
RUN apk add --virtual .b1096 gcc musl-dev
RUN apk del .b1096
RUN apk add --virtual .b1097 gcc musl-dev
RUN apk del .b1097
RUN apk add --virtual .b1098 gcc musl-dev
RUN apk del .b1098
RUN apk add --virtual .b1099 gcc musl-dev
RUN apk del .b1099
RUN apk add --virtual .b1100 gcc musl-dev
RUN apk del .b1100
RUN apk add --virtual .b1101 gcc musl-dev
RUN apk del .b1101
RUN apk add --virtual .b1102 gcc musl-dev
RUN apk del .b1102
RUN apk add --virtual .b1103 gcc musl-dev
RUN apk del .b1103
RUN apk add --virtual .b1104 gcc musl-dev
RUN apk del .b1104
RUN apk add --virtual .b1105 gcc musl-dev
RUN apk del .b1105
RUN apk add --virtual .b1106 gcc musl-dev
RUN apk del .b1106
RUN apk add --virtual .b1107 gcc musl-dev
RUN apk del .b1107
RUN apk add --virtual .b1108 gcc musl-dev
RUN apk del .b1108
RUN apk add --virtual .b1109 gcc musl-dev
RUN apk del .b1109
RUN apk add --virtual .b1110 gcc musl-dev
RUN apk del .b1110
RUN apk add --virtual .b1111 gcc musl-dev
RUN apk del .b1111
RUN apk add --virtual .b1112 gcc musl-dev
RUN apk del .b1112
RUN apk add --virtual .b1113 gcc musl-dev
RUN apk del .b1113
RUN apk add --virtual .b1114 gcc musl-dev
RUN apk del .b1114
RUN apk add --virtual .b1115 gcc musl-dev
RUN apk del .b1115
RUN apk add --virtual .b1116 gcc musl-dev
RUN apk del .b1116
RUN apk add --virtual .b1117 gcc musl-dev
RUN apk del .b1117
RUN apk add --virtual .b1118 gcc musl-dev
RUN apk del .b1118
RUN apk add --virtual .b1119 gcc musl-dev
RUN apk del .b1119
RUN apk add --virtual .b1120 gcc musl-dev
RUN apk del .b1120
RUN apk add --virtual .b1121 gcc musl-dev
RUN apk del .b1121
RUN apk add --virtual .b1122 gcc musl-dev
RUN apk del .b1122
RUN apk add --virtual .b1123 gcc musl-dev
RUN apk del .b1123
RUN apk add --virtual .b1124 gcc musl-dev
RUN apk del .b1124
RUN apk add --virtual .b1125 gcc musl-dev
RUN apk del .b1125
RUN apk add --virtual .b1126 gcc musl-dev
RUN apk del .b1126
RUN apk add --virtual .b1127 gcc musl-dev
RUN apk del .b1127
RUN apk add --virtual .b1128 gcc musl-dev
RUN apk del .b1128
RUN apk add --virtual .b1129 gcc musl-dev
RUN apk del .b1129
RUN apk add --virtual .b1130 gcc musl-dev
RUN apk del .b1130
RUN apk add --virtual .b1131 gcc musl-dev
RUN apk del .b1131
RUN apk add --virtual .b1132 gcc musl-dev
RUN apk del .b1132
RUN apk add --virtual .b1133 gcc musl-dev
RUN apk del .b1133
RUN apk add --virtual .b1134 gcc musl-dev
RUN apk del .b1134
RUN apk add --virtual .b1135 gcc musl-dev
RUN apk del .b1135
RUN apk add --virtual .b1136 gcc musl-dev
RUN apk del .b1136
RUN apk add --virtual .b1137 gcc musl-dev
RUN apk del .b1137
RUN apk add --virtual .b1138 gcc musl-dev
RUN apk del .b1138
RUN apk add --virtual .b1139 gcc musl-dev
RUN apk del .b1139
RUN apk add --virtual .b1140 gcc musl-dev
RUN apk del .b1140
RUN apk add --virtual .b1141 gcc musl-dev
RUN apk del .b1141
RUN apk add --virtual .b1142 gcc musl-dev
RUN apk del .b1142
RUN apk add --virtual .b1143 gcc musl-dev
RUN apk del .b1143
RUN apk add --virtual .b1144 gcc musl-dev
RUN apk del .b1144
RUN apk add --virtual .b1145 gcc musl-dev
RUN apk del .b1145
RUN apk add --virtual .b1146 gcc musl-dev
RUN apk del .b1146
RUN apk add --virtual .b1147 gcc musl-dev
RUN apk del .b1147
RUN apk add --virtual .b1148 gcc musl-dev
RUN apk del .b1148
RUN apk add --virtual .b1149 gcc musl-dev
RUN apk del .b1149
RUN apk add --virtual .b1150 gcc musl-dev
RUN apk del .b1150
RUN apk add --virtual .b1151 gcc musl-dev
RUN apk del .b1151
RUN apk add --virtual .b1152 gcc musl-dev
RUN apk del .b1152
RUN apk add --virtual .b1153 gcc musl-dev
RUN apk del .b1153
RUN apk add --virtual .b1154 gcc musl-dev
RUN apk del .b1154
RUN apk add --virtual .b1155 gcc musl-dev
RUN apk del .b1155
RUN apk add --virtual .b1156 gcc musl-dev
RUN apk del .b1156
RUN apk add --virtual .b1157 gcc musl-dev
RUN apk del .b1157
RUN apk add --virtual .b1158 gcc musl-dev
RUN apk del .b1158
RUN apk add --virtual .b1159 gcc musl-dev
RUN apk del .b1159
RUN apk add --virtual .b1160 gcc musl-dev
RUN apk del .b1160
RUN apk add --virtual .b1161 gcc musl-dev
RUN apk del .b1161
RUN apk add --virtual .b1162 gcc musl-dev
RUN apk del .b1162
RUN apk add --virtual .b1163 gcc musl-dev
RUN apk del .b1163
RUN apk add --virtual .b1164 gcc musl-dev
RUN apk del .b1164
RUN apk add --virtual .b1165 gcc musl-dev
RUN apk del .b1165
RUN apk add --virtual .b1166 gcc musl-dev
RUN apk del .b1166
RUN apk add --virtual .b1167 gcc musl-dev
RUN apk del .b1167
RUN apk add --virtual .b1168 gcc musl-dev
RUN apk del .b1168
RUN apk add --virtual .b1169 gcc musl-dev
RUN apk del .b1169
RUN apk add --virtual .b1170 gcc musl-dev
RUN apk del .b1170
RUN apk add --virtual .b1171 gcc musl-dev
RUN apk del .b1171
RUN apk add --virtual .b1172 gcc musl-dev
RUN apk del .b1172
RUN apk add --virtual .b1173 gcc musl-dev
RUN apk del .b1173
RUN apk add --virtual .b1174 gcc musl-dev
RUN apk del .b1174
RUN apk add --virtual .b1175 gcc musl-dev
RUN apk del .b1175
RUN apk add --virtual .b1176 gcc musl-dev
RUN apk del .b1176
RUN apk add --virtual .b1177 gcc musl-dev
RUN apk del .b1177
RUN apk add --virtual .b1178 gcc musl-dev
RUN apk del .b1178
RUN apk add --virtual .b1179 gcc musl-dev
RUN apk del .b1179
RUN apk add --virtual .b1180 gcc musl-dev
RUN apk del .b1180
RUN apk add --virtual .b1181 gcc musl-dev
RUN apk del .b1181
RUN apk add --virtual .b1182 gcc musl-dev
RUN apk del .b1182
RUN apk add --virtual .b1183 gcc musl-dev
RUN apk del .b1183
RUN apk add --virtual .b1184 gcc musl-dev
RUN apk del .b1184
RUN apk add --virtual .b1185 gcc musl-dev
RUN apk del .b1185
RUN apk add --virtual .b1186 gcc musl-dev
RUN apk del .b1186
RUN apk add --virtual .b1187 gcc musl-dev
RUN apk del .b1187
RUN apk add --virtual .b1188 gcc musl-dev
RUN apk del .b1188
RUN apk add --virtual .b1189 gcc musl-dev
RUN apk del .b1189
RUN apk add --virtual .b1190 gcc musl-dev
RUN apk del .b1190
RUN apk add --virtual .b1191 gcc musl-dev
RUN apk del .b1191
RUN apk add --virtual .b1192 gcc musl-dev
RUN apk del .b1192
RUN apk add --virtual .b1193 gcc musl-dev
RUN apk del .b1193
RUN apk add --virtual .b1194 gcc musl-dev
RUN apk del .b1194
RUN apk add --virtual .b1195 gcc musl-dev
RUN apk del .b1195
RUN apk add --virtual .b1196 gcc musl-dev
RUN apk del .b1196
RUN apk add --virtual .b1197 gcc musl-dev
RUN apk del .b1197
RUN apk add --virtual .b1198 gcc musl-dev
RUN apk del .b1198
RUN apk add --virtual .b1199 gcc musl-dev
RUN apk del .b1199
RUN apk add --virtual .b1200 gcc musl-dev
RUN apk del .b1200
RUN apk add --virtual .b1201 gcc musl-dev
RUN apk del .b1201
RUN apk add --virtual .b1202 gcc musl-dev
RUN apk del .b1202
RUN apk add --virtual .b1203 gcc musl-dev
RUN apk del .b1203
RUN apk add --virtual .b1204 gcc musl-dev
RUN apk del .b1204
RUN apk add --virtual .b1205 gcc musl-dev
RUN apk del .b1205
RUN apk add --virtual .b1206 gcc musl-dev
RUN apk del .b1206
RUN apk add --virtual .b1207 gcc musl-dev
RUN apk del .b1207
RUN apk add --virtual .b1208 gcc musl-dev
RUN apk del .b1208
RUN apk add --virtual .b1209 gcc musl-dev
RUN apk del .b1209
RUN apk add --virtual .b1210 gcc musl-dev
RUN apk del .b1210
RUN apk add --virtual .b1211 gcc musl-dev
RUN apk del .b1211
RUN apk add --virtual .b1212 gcc musl-dev
RUN apk del .b1212
RUN apk add --virtual .b1213 gcc musl-dev
RUN apk del .b1213
RUN apk add --virtual .b1214 gcc musl-dev
RUN apk del .b1214
RUN apk add --virtual .b1215 gcc musl-dev
RUN apk del .b1215
RUN apk add --virtual .b1216 gcc musl-dev
RUN apk del .b1216
RUN apk add --virtual .b1217 gcc musl-dev
RUN apk del .b1217
RUN apk add --virtual .b1218 gcc musl-dev
RUN apk del .b1218
RUN apk add --virtual .b1219 gcc musl-dev
RUN apk del .b1219
RUN apk add --virtual .b1220 gcc musl-dev
RUN apk del .b1220
RUN apk add --virtual .b1221 gcc musl-dev
RUN apk del .b1221
RUN apk add --virtual .b1222 gcc musl-dev
RUN apk del .b1222
RUN apk add --virtual .b1223 gcc musl-dev
RUN apk del .b1223
RUN apk add --virtual .b1224 gcc musl-dev
RUN apk del .b1224
RUN apk add --virtual .b1225 gcc musl-dev
RUN apk del .b1225
RUN apk add --virtual .b1226 gcc musl-dev
RUN apk del .b1226
RUN apk add --virtual .b1227 gcc musl-dev
RUN apk del .b1227
RUN apk add --virtual .b1228 gcc musl-dev
RUN apk del .b1228
RUN apk add --virtual .b1229 gcc musl-dev
RUN apk del .b1229
RUN apk add --virtual .b1230 gcc musl-dev
RUN apk del .b1230
RUN apk add --virtual .b1231 gcc musl-dev
RUN apk del .b1231
RUN apk add --virtual .b1232 gcc musl-dev
RUN apk del .b1232
RUN apk add --virtual .b1233 gcc musl-dev
RUN apk del .b1233
RUN apk add --virtual .b1234 gcc musl-dev
RUN apk del .b1234
RUN apk add --virtual .b1235 gcc musl-dev
RUN apk del .b1235
RUN apk add --virtual .b1236 gcc musl-dev
RUN apk del .b1236
RUN apk add --virtual .b1237 gcc musl-dev
RUN apk del .b1237
RUN apk add --virtual .b1238 gcc musl-dev
RUN apk del .b1238
RUN apk add --virtual .b1239 gcc musl-dev
RUN apk del .b1239
RUN apk add --virtual .b1240 gcc musl-dev
RUN apk del .b1240
RUN apk add --virtual .b1241 gcc musl-dev
RUN apk del .b1241
RUN apk add --virtual .b1242 gcc musl-dev
RUN apk del .b1242
RUN apk add --virtual .b1243 gcc musl-dev
RUN apk del .b1243
RUN apk add --virtual .b1244 gcc musl-dev
RUN apk del .b1244
RUN apk add --virtual .b1245 gcc musl-dev
RUN apk del .b1245
RUN apk add --virtual .b1246 gcc musl-dev
RUN apk del .b1246
RUN apk add --virtual .b1247 gcc musl-dev
RUN apk del .b1247
RUN apk add --virtual .b1248 gcc musl-dev
RUN apk del .b1248
RUN apk add --virtual .b1249 gcc musl-dev
RUN apk del .b1249
RUN apk add --virtual .b1250 gcc musl-dev
RUN apk del .b1250
RUN apk add --virtual .b1251 gcc musl-dev
RUN apk del .b1251
RUN apk add --virtual .b1252 gcc musl-dev
RUN apk del .b1252
RUN apk add --virtual .b1253 gcc musl-dev
RUN apk del .b1253
RUN apk add --virtual .b1254 gcc musl-dev
RUN apk del .b1254
RUN apk add --virtual .b1255 gcc musl-dev
RUN apk del .b1255
RUN apk add --virtual .b1256 gcc musl-dev
RUN apk del .b1256
RUN apk add --virtual .b1257 gcc musl-dev
RUN apk del .b1257
RUN apk add --virtual .b1258 gcc musl-dev
RUN apk del .b1258
RUN apk add --virtual .b1259 gcc musl-dev
RUN apk del .b1259
RUN apk add --virtual .b1260 gcc musl-dev
RUN apk del .b1260
RUN apk add --virtual .b1261 gcc musl-dev
RUN apk del .b1261
RUN apk add --virtual .b1262 gcc musl-dev
RUN apk del .b1262
RUN apk add --virtual .b1263 gcc musl-dev
RUN apk del .b1263
RUN apk add --virtual .b1264 gcc musl-dev
RUN apk del .b1264
RUN apk add --virtual .b1265 gcc musl-dev
RUN apk del .b1265
RUN apk add --virtual .b1266 gcc musl-dev
RUN apk del .b1266
RUN apk add --virtual .b1267 gcc musl-dev
RUN apk del .b1267
RUN apk add --virtual .b1268 gcc musl-dev
RUN apk del .b1268
RUN apk add --virtual .b1269 gcc musl-dev
RUN apk del .b1269
RUN apk add --virtual .b1270 gcc musl-dev
RUN apk del .b1270
RUN apk add --virtual .b1271 gcc musl-dev
RUN apk del .b1271
RUN apk add --virtual .b1272 gcc musl-dev
RUN apk del .b1272
RUN apk add --virtual .b1273 gcc musl-dev
RUN apk del .b1273
RUN apk add --virtual .b1274 gcc musl-dev
RUN apk del .b1274
RUN apk add --virtual .b1275 gcc musl-dev
RUN apk del .b1275
RUN apk add --virtual .b1276 gcc musl-dev
RUN apk del .b1276
RUN apk add --virtual .b1277 gcc musl-dev
RUN apk del .b1277
RUN apk add --virtual .b1278 gcc musl-dev
RUN apk del .b1278
RUN apk add --virtual .b1279 gcc musl-dev
RUN apk del .b1279
RUN apk add --virtual .b1280 gcc musl-dev
RUN apk del .b1280
RUN apk add --virtual .b1281 gcc musl-dev
RUN apk del .b1281
RUN apk add --virtual .b1282 gcc musl-dev
RUN apk del .b1282
RUN apk add --virtual .b1283 gcc musl-dev
RUN apk del .b1283
RUN apk add --virtual .b1284 gcc musl-dev
RUN apk del .b1284
RUN apk add --virtual .b1285 gcc musl-dev
RUN apk del .b1285
RUN apk add --virtual .b1286 gcc musl-dev
RUN apk del .b1286
RUN apk add --virtual .b1287 gcc musl-dev
RUN apk del .b1287
RUN apk add --virtual .b1288 gcc musl-dev
RUN apk del .b1288
RUN apk add --virtual .b1289 gcc musl-dev
RUN apk del .b1289
RUN apk add --virtual .b1290 gcc musl-dev
RUN apk del .b1290
RUN apk add --virtual .b1291 gcc musl-dev
RUN apk del .b1291
RUN apk add --virtual .b1292 gcc musl-dev
RUN apk del .b1292
RUN apk add --virtual .b1293 gcc musl-dev
RUN apk del .b1293
RUN apk add --virtual .b1294 gcc musl-dev
RUN apk del .b1294
RUN apk add --virtual .b1295 gcc musl-dev
RUN apk del .b1295
RUN apk add --virtual .b1296 gcc musl-dev
RUN apk del .b1296
RUN apk add --virtual .b1297 gcc musl-dev
RUN apk del .b1297
RUN apk add --virtual .b1298 gcc musl-dev
RUN apk del .b1298
RUN apk add --virtual .b1299 gcc musl-dev
RUN apk del .b1299
RUN apk add --virtual .b1300 gcc musl-dev
RUN apk del .b1300
RUN apk add --virtual .b1301 gcc musl-dev
RUN apk del .b1301
RUN apk add --virtual .b1302 gcc musl-dev
RUN apk del .b1302
RUN apk add --virtual .b1303 gcc musl-dev
RUN apk del .b1303
RUN apk add --virtual .b1304 gcc musl-dev
RUN apk del .b1304
RUN apk add --virtual .b1305 gcc musl-dev
RUN apk del .b1305
RUN apk add --virtual .b1306 gcc musl-dev
RUN apk del .b1306
RUN apk add --virtual .b1307 gcc musl-dev
RUN apk del .b1307
RUN apk add --virtual .b1308 gcc musl-dev
RUN apk del .b1308
RUN apk add --virtual .b1309 gcc musl-dev
RUN apk del .b1309
RUN apk add --virtual .b1310 gcc musl-dev
RUN apk del .b1310
RUN apk add --virtual .b1311 gcc musl-dev
RUN apk del .b1311
RUN apk add --virtual .b1312 gcc musl-dev
RUN apk del .b1312
RUN apk add --virtual .b1313 gcc musl-dev
RUN apk del .b1313
RUN apk add --virtual .b1314 gcc musl-dev
RUN apk del .b1314
RUN apk add --virtual .b1315 gcc musl-dev
RUN apk del .b1315
RUN apk add --virtual .b1316 gcc musl-dev
RUN apk del .b1316
RUN apk add --virtual .b1317 gcc musl-dev
RUN apk del .b1317
RUN apk add --virtual .b1318 gcc musl-dev
RUN apk del .b1318
RUN apk add --virtual .b1319 gcc musl-dev
RUN apk del .b1319
RUN apk add --virtual .b1320 gcc musl-dev
RUN apk del .b1320
RUN apk add --virtual .b1321 gcc musl-dev
RUN apk del .b1321
RUN apk add --virtual .b1322 gcc musl-dev
RUN apk del .b1322
RUN apk add --virtual .b1323 gcc musl-dev
RUN apk del .b1323
RUN apk add --virtual .b1324 gcc musl-dev
RUN apk del .b1324
RUN apk add --virtual .b1325 gcc musl-dev
RUN apk del .b1325
RUN apk add --virtual .b1326 gcc musl-dev
RUN apk del .b1326
RUN apk add --virtual .b1327 gcc musl-dev
RUN apk del .b1327
RUN apk add --virtual .b1328 gcc musl-dev
RUN apk del .b1328
RUN apk add --virtual .b1329 gcc musl-dev
RUN apk del .b1329
RUN apk add --virtual .b1330 gcc musl-dev
RUN apk del .b1330
RUN apk add --virtual .b1331 gcc musl-dev
RUN apk del .b1331
RUN apk add --virtual .b1332 gcc musl-dev
RUN apk del .b1332
RUN apk add --virtual .b1333 gcc musl-dev
RUN apk del .b1333
RUN apk add --virtual .b1334 gcc musl-dev
RUN apk del .b1334
RUN apk add --virtual .b1335 gcc musl-dev
RUN apk del .b1335
RUN apk add --virtual .b1336 gcc musl-dev
RUN apk del .b1336
RUN apk add --virtual .b1337 gcc musl-dev
RUN apk del .b1337
RUN apk add --virtual .b1338 gcc musl-dev
RUN apk del .b1338
RUN apk add --virtual .b1339 gcc musl-dev
RUN apk del .b1339
RUN apk add --virtual .b1340 gcc musl-dev
RUN apk del .b1340
RUN apk add --virtual .b1341 gcc musl-dev
RUN apk del .b1341
RUN apk add --virtual .b1342 gcc musl-dev
RUN apk del .b1342
RUN apk add --virtual .b1343 gcc musl-dev
RUN apk del .b1343
RUN apk add --virtual .b1344 gcc musl-dev
RUN apk del .b1344
RUN apk add --virtual .b1345 gcc musl-dev
RUN apk del .b1345
RUN apk add --virtual .b1346 gcc musl-dev
RUN apk del .b1346
RUN apk add --virtual .b1347 gcc musl-dev
RUN apk del .b1347
RUN apk add --virtual .b1348 gcc musl-dev
RUN apk del .b1348
RUN apk add --virtual .b1349 gcc musl-dev
RUN apk del .b1349
RUN apk add --virtual .b1350 gcc musl-dev
RUN apk del .b1350
RUN apk add --virtual .b1351 gcc musl-dev
RUN apk del .b1351
RUN apk add --virtual .b1352 gcc musl-dev
RUN apk del .b1352
RUN apk add --virtual .b1353 gcc musl-dev
RUN apk del .b1353
RUN apk add --virtual .b1354 gcc musl-dev
RUN apk del .b1354
RUN apk add --virtual .b1355 gcc musl-dev
RUN apk del .b1355
RUN apk add --virtual .b1356 gcc musl-dev
RUN apk del .b1356
RUN apk add --virtual .b1357 gcc musl-dev
RUN apk del .b1357
RUN apk add --virtual .b1358 gcc musl-dev
RUN apk del .b1358
RUN apk add --virtual .b1359 gcc musl-dev
RUN apk del .b1359
RUN apk add --virtual .b1360 gcc musl-dev
RUN apk del .b1360
RUN apk add --virtual .b1361 gcc musl-dev
RUN apk del .b1361
RUN apk add --virtual .b1362 gcc musl-dev
RUN apk del .b1362
RUN apk add --virtual .b1363 gcc musl-dev
RUN apk del .b1363
RUN apk add --virtual .b1364 gcc musl-dev
RUN apk del .b1364
RUN apk add --virtual .b1365 gcc musl-dev
RUN apk del .b1365
RUN apk add --virtual .b1366 gcc musl-dev
RUN apk del .b1366
RUN apk add --virtual .b1367 gcc musl-dev
RUN apk del .b1367
RUN apk add --virtual .b1368 gcc musl-dev
RUN apk del .b1368
RUN apk add --virtual .b1369 gcc musl-dev
RUN apk del .b1369
RUN apk add --virtual .b1370 gcc musl-dev
RUN apk del .b1370
RUN apk add --virtual .b1371 gcc musl-dev
RUN apk del .b1371
RUN apk add --virtual .b1372 gcc musl-dev
RUN apk del .b1372
RUN apk add --virtual .b1373 gcc musl-dev
RUN apk del .b1373
RUN apk add --virtual .b1374 gcc musl-dev
RUN apk del .b1374
RUN apk add --virtual .b1375 gcc musl-dev
RUN apk del .b1375
RUN apk add --virtual .b1376 gcc musl-dev
RUN apk del .b1376
RUN apk add --virtual .b1377 gcc musl-dev
RUN apk del .b1377
RUN apk add --virtual .b1378 gcc musl-dev
RUN apk del .b1378
RUN apk add --virtual .b1379 gcc musl-dev
RUN apk del .b1379
RUN apk add --virtual .b1380 gcc musl-dev
RUN apk del .b1380
RUN apk add --virtual .b1381 gcc musl-dev
RUN apk del .b1381
RUN apk add --virtual .b1382 gcc musl-dev
RUN apk del .b1382
RUN apk add --virtual .b1383 gcc musl-dev
RUN apk del .b1383
RUN apk add --virtual .b1384 gcc musl-dev
RUN apk del .b1384
RUN apk add --virtual .b1385 gcc musl-dev
RUN apk del .b1385
RUN apk add --virtual .b1386 gcc musl-dev
RUN apk del .b1386
RUN apk add --virtual .b1387 gcc musl-dev
RUN apk del .b1387
RUN apk add --virtual .b1388 gcc musl-dev
RUN apk del .b1388
RUN apk add --virtual .b1389 gcc musl-dev
RUN apk del .b1389
RUN apk add --virtual .b1390 gcc musl-dev
RUN apk del .b1390
RUN apk add --virtual .b1391 gcc musl-dev
RUN apk del .b1391
RUN apk add --virtual .b1392 gcc musl-dev
RUN apk del .b1392
RUN apk add --virtual .b1393 gcc musl-dev
RUN apk del .b1393
RUN apk add --virtual .b1394 gcc musl-dev
RUN apk del .b1394
RUN apk add --virtual .b1395 gcc musl-dev
RUN apk del .b1395
RUN apk add --virtual .b1396 gcc musl-dev
RUN apk del .b1396
RUN apk add --virtual .b1397 gcc musl-dev
RUN apk del .b1397
RUN apk add --virtual .b1398 gcc musl-dev
RUN apk del .b1398
RUN apk add --virtual .b1399 gcc musl-dev
RUN apk del .b1399
RUN apk add --virtual .b1400 gcc musl-dev
RUN apk del .b1400
RUN apk add --virtual .b1401 gcc musl-dev
RUN apk del .b1401
RUN apk add --virtual .b1402 gcc musl-dev
RUN apk del .b1402
RUN apk add --virtual .b1403 gcc musl-dev
RUN apk del .b1403
RUN apk add --virtual .b1404 gcc musl-dev
RUN apk del .b1404
RUN apk add --virtual .b1405 gcc musl-dev
RUN apk del .b1405
RUN apk add --virtual .b1406 gcc musl-dev
RUN apk del .b1406
RUN apk add --virtual .b1407 gcc musl-dev
RUN apk del .b1407
RUN apk add --virtual .b1408 gcc musl-dev
RUN apk del .b1408
RUN apk add --virtual .b1409 gcc musl-dev
RUN apk del .b1409
RUN apk add --virtual .b1410 gcc musl-dev
RUN apk del .b1410
RUN apk add --virtual .b1411 gcc musl-dev
RUN apk del .b1411
RUN apk add --virtual .b1412 gcc musl-dev
RUN apk del .b1412
RUN apk add --virtual .b1413 gcc musl-dev
RUN apk del .b1413
RUN apk add --virtual .b1414 gcc musl-dev
RUN apk del .b1414
RUN apk add --virtual .b1415 gcc musl-dev
RUN apk del .b1415
RUN apk add --virtual .b1416 gcc musl-dev
RUN apk del .b1416
RUN apk add --virtual .b1417 gcc musl-dev
RUN apk del .b1417
RUN apk add --virtual .b1418 gcc musl-dev
RUN apk del .b1418
RUN apk add --virtual .b1419 gcc musl-dev
RUN apk del .b1419
RUN apk add --virtual .b1420 gcc musl-dev
RUN apk del .b1420
RUN apk add --virtual .b1421 gcc musl-dev
RUN apk del .b1421
RUN apk add --virtual .b1422 gcc musl-dev
RUN apk del .b1422
RUN apk add --virtual .b1423 gcc musl-dev
RUN apk del .b1423
RUN apk add --virtual .b1424 gcc musl-dev
RUN apk del .b1424
RUN apk add --virtual .b1425 gcc musl-dev
RUN apk del .b1425
RUN apk add --virtual .b1426 gcc musl-dev
RUN apk del .b1426
RUN apk add --virtual .b1427 gcc musl-dev
RUN apk del .b1427
RUN apk add --virtual .b1428 gcc musl-dev
RUN apk del .b1428
RUN apk add --virtual .b1429 gcc musl-dev
RUN apk del .b1429
RUN apk add --virtual .b1430 gcc musl-dev
RUN apk del .b1430
RUN apk add --virtual .b1431 gcc musl-dev
RUN apk del .b1431
RUN apk add --virtual .b1432 gcc musl-dev
RUN apk del .b1432
RUN apk add --virtual .b1433 gcc musl-dev
RUN apk del .b1433
RUN apk add --virtual .b1434 gcc musl-dev
RUN apk del .b1434
RUN apk add --virtual .b1435 gcc musl-dev
RUN apk del .b1435
RUN apk add --virtual .b1436 gcc musl-dev
RUN apk del .b1436
RUN apk add --virtual .b1437 gcc musl-dev
RUN apk del .b1437
RUN apk add --virtual .b1438 gcc musl-dev
RUN apk del .b1438
RUN apk add --virtual .b1439 gcc musl-dev
RUN apk del .b1439
RUN apk add --virtual .b1440 gcc musl-dev
RUN apk del .b1440
RUN apk add --virtual .b1441 gcc musl-dev
RUN apk del .b1441
RUN apk add --virtual .b1442 gcc musl-dev
RUN apk del .b1442
RUN apk add --virtual .b1443 gcc musl-dev
RUN apk del .b1443
RUN apk add --virtual .b1444 gcc musl-dev
RUN apk del .b1444
RUN apk add --virtual .b1445 gcc musl-dev
RUN apk del .b1445
RUN apk add --virtual .b1446 gcc musl-dev
RUN apk del .b1446
RUN apk add --virtual .b1447 gcc musl-dev
RUN apk del .b1447
RUN apk add --virtual .b1448 gcc musl-dev
RUN apk del .b1448
RUN apk add --virtual .b1449 gcc musl-dev
RUN apk del .b1449
RUN apk add --virtual .b1450 gcc musl-dev
RUN apk del .b1450
RUN apk add --virtual .b1451 gcc musl-dev
RUN apk del .b1451
RUN apk add --virtual .b1452 gcc musl-dev
RUN apk del .b1452
RUN apk add --virtual .b1453 gcc musl-dev
RUN apk del .b1453
RUN apk add --virtual .b1454 gcc musl-dev
RUN apk del .b1454
RUN apk add --virtual .b1455 gcc musl-dev
RUN apk del .b1455
RUN apk add --virtual .b1456 gcc musl-dev
RUN apk del .b1456
RUN apk add --virtual .b1457 gcc musl-dev
RUN apk del .b1457
RUN apk add --virtual .b1458 gcc musl-dev
RUN apk del .b1458
RUN apk add --virtual .b1459 gcc musl-dev
RUN apk del .b1459
RUN apk add --virtual .b1460 gcc musl-dev
RUN apk del .b1460
RUN apk add --virtual .b1461 gcc musl-dev
RUN apk del .b1461
RUN apk add --virtual .b1462 gcc musl-dev
RUN apk del .b1462
RUN apk add --virtual .b1463 gcc musl-dev
RUN apk del .b1463
RUN apk add --virtual .b1464 gcc musl-dev
RUN apk del .b1464
RUN apk add --virtual .b1465 gcc musl-dev
RUN apk del .b1465
RUN apk add --virtual .b1466 gcc musl-dev
RUN apk del .b1466
RUN apk add --virtual .b1467 gcc musl-dev
RUN apk del .b1467
RUN apk add --virtual .b1468 gcc musl-dev
RUN apk del .b1468
RUN apk add --virtual .b1469 gcc musl-dev
RUN apk del .b1469
RUN apk add --virtual .b1470 gcc musl-dev
RUN apk del .b1470
RUN apk add --virtual .b1471 gcc musl-dev
RUN apk del .b1471
RUN apk add --virtual .b1472 gcc musl-dev
RUN apk del .b1472
RUN apk add --virtual .b1473 gcc musl-dev
RUN apk del .b1473
RUN apk add --virtual .b1474 gcc musl-dev
RUN apk del .b1474
RUN apk add --virtual .b1475 gcc musl-dev
RUN apk del .b1475
RUN apk add --virtual .b1476 gcc musl-dev
RUN apk del .b1476
RUN apk add --virtual .b1477 gcc musl-dev
RUN apk del .b1477
RUN apk add --virtual .b1478 gcc musl-dev
RUN apk del .b1478
RUN apk add --virtual .b1479 gcc musl-dev
RUN apk del .b1479
RUN apk add --virtual .b1480 gcc musl-dev
RUN apk del .b1480
RUN apk add --virtual .b1481 gcc musl-dev
RUN apk del .b1481
RUN apk add --virtual .b1482 gcc musl-dev
RUN apk del .b1482
RUN apk add --virtual .b1483 gcc musl-dev
RUN apk del .b1483
RUN apk add --virtual .b1484 gcc musl-dev
RUN apk del .b1484
RUN apk add --virtual .b1485 gcc musl-dev
RUN apk del .b1485
RUN apk add --virtual .b1486 gcc musl-dev
RUN apk del .b1486
RUN apk add --virtual .b1487 gcc musl-dev
RUN apk del .b1487
RUN apk add --virtual .b1488 gcc musl-dev
RUN apk del .b1488
RUN apk add --virtual .b1489 gcc musl-dev
RUN apk del .b1489
RUN apk add --virtual .b1490 gcc musl-dev
RUN apk del .b1490
RUN apk add --virtual .b1491 gcc musl-dev
RUN apk del .b1491
RUN apk add --virtual .b1492 gcc musl-dev
RUN apk del .b1492
RUN apk add --virtual .b1493 gcc musl-dev
RUN apk del .b1493
RUN apk add --virtual .b1494 gcc musl-dev
RUN apk del .b1494
RUN apk add --virtual .b1495 gcc musl-dev
RUN apk del .b1495
RUN apk add --virtual .b1496 gcc musl-dev
RUN apk del .b1496
RUN apk add --virtual .b1497 gcc musl-dev
RUN apk del .b1497
RUN apk add --virtual .b1498 gcc musl-dev
RUN apk del .b1498
RUN apk add --virtual .b1499 gcc musl-dev
RUN apk del .b1499
RUN apk add --virtual .b1500 gcc musl-dev
RUN apk del .b1500
RUN apk add --virtual .b1501 gcc musl-dev
RUN apk del .b1501
RUN apk add --virtual .b1502 gcc musl-dev
RUN apk del .b1502
RUN apk add --virtual .b1503 gcc musl-dev
RUN apk del .b1503
RUN apk add --virtual .b1504 gcc musl-dev
RUN apk del .b1504
RUN apk add --virtual .b1505 gcc musl-dev
RUN apk del .b1505
RUN apk add --virtual .b1506 gcc musl-dev
RUN apk del .b1506
RUN apk add --virtual .b1507 gcc musl-dev
RUN apk del .b1507
RUN apk add --virtual .b1508 gcc musl-dev
RUN apk del .b1508
RUN apk add --virtual .b1509 gcc musl-dev
RUN apk del .b1509
RUN apk add --virtual .b1510 gcc musl-dev
RUN apk del .b1510
RUN apk add --virtual .b1511 gcc musl-dev
RUN apk del .b1511
RUN apk add --virtual .b1512 gcc musl-dev
RUN apk del .b1512
RUN apk add --virtual .b1513 gcc musl-dev
RUN apk del .b1513
RUN apk add --virtual .b1514 gcc musl-dev
RUN apk del .b1514
RUN apk add --virtual .b1515 gcc musl-dev
RUN apk del .b1515
RUN apk add --virtual .b1516 gcc musl-dev
RUN apk del .b1516
RUN apk add --virtual .b1517 gcc musl-dev
RUN apk del .b1517
RUN apk add --virtual .b1518 gcc musl-dev
RUN apk del .b1518
RUN apk add --virtual .b1519 gcc musl-dev
RUN apk del .b1519
RUN apk add --virtual .b1520 gcc musl-dev
RUN apk del .b1520
RUN apk add --virtual .b1521 gcc musl-dev
RUN apk del .b1521
RUN apk add --virtual .b1522 gcc musl-dev
RUN apk del .b1522
RUN apk add --virtual .b1523 gcc musl-dev
RUN apk del .b1523
RUN apk add --virtual .b1524 gcc musl-dev
RUN apk del .b1524
RUN apk add --virtual .b1525 gcc musl-dev
RUN apk del .b1525
RUN apk add --virtual .b1526 gcc musl-dev
RUN apk del .b1526
RUN apk add --virtual .b1527 gcc musl-dev
RUN apk del .b1527
RUN apk add --virtual .b1528 gcc musl-dev
RUN apk del .b1528
RUN apk add --virtual .b1529 gcc musl-dev
RUN apk del .b1529
RUN apk add --virtual .b1530 gcc musl-dev
RUN apk del .b1530
RUN apk add --virtual .b1531 gcc musl-dev
RUN apk del .b1531
RUN apk add --virtual .b1532 gcc musl-dev
RUN apk del .b1532
RUN apk add --virtual .b1533 gcc musl-dev
RUN apk del .b1533
RUN apk add --virtual .b1534 gcc musl-dev
RUN apk del .b1534
RUN apk add --virtual .b1535 gcc musl-dev
RUN apk del .b1535
RUN apk add --virtual .b1536 gcc musl-dev
RUN apk del .b1536
RUN apk add --virtual .b1537 gcc musl-dev
RUN apk del .b1537
RUN apk add --virtual .b1538 gcc musl-dev
RUN apk del .b1538
RUN apk add --virtual .b1539 gcc musl-dev
RUN apk del .b1539
RUN apk add --virtual .b1540 gcc musl-dev
RUN apk del .b1540
RUN apk add --virtual .b1541 gcc musl-dev
RUN apk del .b1541
RUN apk add --virtual .b1542 gcc musl-dev
RUN apk del .b1542
RUN apk add --virtual .b1543 gcc musl-dev
RUN apk del .b1543
RUN apk add --virtual .b1544 gcc musl-dev
RUN apk del .b1544
RUN apk add --virtual .b1545 gcc musl-dev
RUN apk del .b1545
RUN apk add --virtual .b1546 gcc musl-dev
RUN apk del .b1546
RUN apk add --virtual .b1547 gcc musl-dev
RUN apk del .b1547
RUN apk add --virtual .b1548 gcc musl-dev
RUN apk del .b1548
RUN apk add --virtual .b1549 gcc musl-dev
RUN apk del .b1549
RUN apk add --virtual .b1550 gcc musl-dev
RUN apk del .b1550
RUN apk add --virtual .b1551 gcc musl-dev
RUN apk del .b1551
RUN apk add --virtual .b1552 gcc musl-dev
RUN apk del .b1552
RUN apk add --virtual .b1553 gcc musl-dev
RUN apk del .b1553
RUN apk add --virtual .b1554 gcc musl-dev
RUN apk del .b1554
RUN apk add --virtual .b1555 gcc musl-dev
RUN apk del .b1555
RUN apk add --virtual .b1556 gcc musl-dev
RUN apk del .b1556
RUN apk add --virtual .b1557 gcc musl-dev
RUN apk del .b1557
RUN apk add --virtual .b1558 gcc musl-dev
RUN apk del .b1558
RUN apk add --virtual .b1559 gcc musl-dev
RUN apk del .b1559
RUN apk add --virtual .b1560 gcc musl-dev
RUN apk del .b1560
RUN apk add --virtual .b1561 gcc musl-dev
RUN apk del .b1561
RUN apk add --virtual .b1562 gcc musl-dev
RUN apk del .b1562
RUN apk add --virtual .b1563 gcc musl-dev
RUN apk del .b1563
RUN apk add --virtual .b1564 gcc musl-dev
RUN apk del .b1564
RUN apk add --virtual .b1565 gcc musl-dev
RUN apk del .b1565
RUN apk add --virtual .b1566 gcc musl-dev
RUN apk del .b1566
RUN apk add --virtual .b1567 gcc musl-dev
RUN apk del .b1567
RUN apk add --virtual .b1568 gcc musl-dev
RUN apk del .b1568
RUN apk add --virtual .b1569 gcc musl-dev
RUN apk del .b1569
RUN apk add --virtual .b1570 gcc musl-dev
RUN apk del .b1570
RUN apk add --virtual .b1571 gcc musl-dev
RUN apk del .b1571
RUN apk add --virtual .b1572 gcc musl-dev
RUN apk del .b1572
RUN apk add --virtual .b1573 gcc musl-dev
RUN apk del .b1573
RUN apk add --virtual .b1574 gcc musl-dev
RUN apk del .b1574
RUN apk add --virtual .b1575 gcc musl-dev
RUN apk del .b1575
RUN apk add --virtual .b1576 gcc musl-dev
RUN apk del .b1576
RUN apk add --virtual .b1577 gcc musl-dev
RUN apk del .b1577
RUN apk add --virtual .b1578 gcc musl-dev
RUN apk del .b1578
RUN apk add --virtual .b1579 gcc musl-dev
RUN apk del .b1579
RUN apk add --virtual .b1580 gcc musl-dev
RUN apk del .b1580
RUN apk add --virtual .b1581 gcc musl-dev
RUN apk del .b1581
RUN apk add --virtual .b1582 gcc musl-dev
RUN apk del .b1582
RUN apk add --virtual .b1583 gcc musl-dev
RUN apk del .b1583
RUN apk add --virtual .b1584 gcc musl-dev
RUN apk del .b1584
RUN apk add --virtual .b1585 gcc musl-dev
RUN apk del .b1585
RUN apk add --virtual .b1586 gcc musl-dev
RUN apk del .b1586
RUN apk add --virtual .b1587 gcc musl-dev
RUN apk del .b1587
RUN apk add --virtual .b1588 gcc musl-dev
RUN apk del .b1588
RUN apk add --virtual .b1589 gcc musl-dev
RUN apk del .b1589
RUN apk add --virtual .b1590 gcc musl-dev
RUN apk del .b1590
RUN apk add --virtual .b1591 gcc musl-dev
RUN apk del .b1591
RUN apk add --virtual .b1592 gcc musl-dev
RUN apk del .b1592
RUN apk add --virtual .b1593 gcc musl-dev
RUN apk del .b1593
RUN apk add --virtual .b1594 gcc musl-dev
RUN apk del .b1594
RUN apk add --virtual .b1595 gcc musl-dev
RUN apk del .b1595
RUN apk add --virtual .b1596 gcc musl-dev
RUN apk del .b1596
RUN apk add --virtual .b1597 gcc musl-dev
RUN apk del .b1597
RUN apk add --virtual .b1598 gcc musl-dev
RUN apk del .b1598
RUN apk add --virtual .b1599 gcc musl-dev
RUN apk del .b1599
RUN apk add --virtual .b1600 gcc musl-dev
RUN apk del .b1600
RUN apk add --virtual .b1601 gcc musl-dev
RUN apk del .b1601
RUN apk add --virtual .b1602 gcc musl-dev
RUN apk del .b1602
RUN apk add --virtual .b1603 gcc musl-dev
RUN apk del .b1603
RUN apk add --virtual .b1604 gcc musl-dev
RUN apk del .b1604
RUN apk add --virtual .b1605 gcc musl-dev
RUN apk del .b1605
RUN apk add --virtual .b1606 gcc musl-dev
RUN apk del .b1606
RUN apk add --virtual .b1607 gcc musl-dev
RUN apk del .b1607
RUN apk add --virtual .b1608 gcc musl-dev
RUN apk del .b1608
RUN apk add --virtual .b1609 gcc musl-dev
RUN apk del .b1609
RUN apk add --virtual .b1610 gcc musl-dev
RUN apk del .b1610
RUN apk add --virtual .b1611 gcc musl-dev
RUN apk del .b1611
RUN apk add --virtual .b1612 gcc musl-dev
RUN apk del .b1612
RUN apk add --virtual .b1613 gcc musl-dev
RUN apk del .b1613
RUN apk add --virtual .b1614 gcc musl-dev
RUN apk del .b1614
RUN apk add --virtual .b1615 gcc musl-dev
RUN apk del .b1615
RUN apk add --virtual .b1616 gcc musl-dev
RUN apk del .b1616
RUN apk add --virtual .b1617 gcc musl-dev
RUN apk del .b1617
RUN apk add --virtual .b1618 gcc musl-dev
RUN apk del .b1618
RUN apk add --virtual .b1619 gcc musl-dev
RUN apk del .b1619
RUN apk add --virtual .b1620 gcc musl-dev
RUN apk del .b1620
RUN apk add --virtual .b1621 gcc musl-dev
RUN apk del .b1621
RUN apk add --virtual .b1622 gcc musl-dev
RUN apk del .b1622
RUN apk add --virtual .b1623 gcc musl-dev
RUN apk del .b1623
RUN apk add --virtual .b1624 gcc musl-dev
RUN apk del .b1624
RUN apk add --virtual .b1625 gcc musl-dev
RUN apk del .b1625
RUN apk add --virtual .b1626 gcc musl-dev
RUN apk del .b1626
RUN apk add --virtual .b1627 gcc musl-dev
RUN apk del .b1627
RUN apk add --virtual .b1628 gcc musl-dev
RUN apk del .b1628
RUN apk add --virtual .b1629 gcc musl-dev
RUN apk del .b1629
RUN apk add --virtual .b1630 gcc musl-dev
RUN apk del .b1630
RUN apk add --virtual .b1631 gcc musl-dev
RUN apk del .b1631
RUN apk add --virtual .b1632 gcc musl-dev
RUN apk del .b1632
RUN apk add --virtual .b1633 gcc musl-dev
RUN apk del .b1633
RUN apk add --virtual .b1634 gcc musl-dev
RUN apk del .b1634
RUN apk add --virtual .b1635 gcc musl-dev
RUN apk del .b1635
RUN apk add --virtual .b1636 gcc musl-dev
RUN apk del .b1636
RUN apk add --virtual .b1637 gcc musl-dev
RUN apk del .b1637
RUN apk add --virtual .b1638 gcc musl-dev
RUN apk del .b1638
RUN apk add --virtual .b1639 gcc musl-dev
RUN apk del .b1639
RUN apk add --virtual .b1640 gcc musl-dev
RUN apk del .b1640
RUN apk add --virtual .b1641 gcc musl-dev
RUN apk del .b1641
RUN apk add --virtual .b1642 gcc musl-dev
RUN apk del .b1642
RUN apk add --virtual .b1643 gcc musl-dev
RUN apk del .b1643
RUN apk add --virtual .b1644 gcc musl-dev
RUN apk del .b1644
RUN apk add --virtual .b1645 gcc musl-dev
RUN apk del .b1645
RUN apk add --virtual .b1646 gcc musl-dev
RUN apk del .b1646
RUN apk add --virtual .b1647 gcc musl-dev
RUN apk del .b1647
RUN apk add --virtual .b1648 gcc musl-dev
RUN apk del .b1648
RUN apk add --virtual .b1649 gcc musl-dev
RUN apk del .b1649
RUN apk add --virtual .b1650 gcc musl-dev
RUN apk del .b1650
RUN apk add --virtual .b1651 gcc musl-dev
RUN apk del .b1651
RUN apk add --virtual .b1652 gcc musl-dev
RUN apk del .b1652
RUN apk add --virtual .b1653 gcc musl-dev
RUN apk del .b1653
RUN apk add --virtual .b1654 gcc musl-dev
RUN apk del .b1654
RUN apk add --virtual .b1655 gcc musl-dev
RUN apk del .b1655
RUN apk add --virtual .b1656 gcc musl-dev
RUN apk del .b1656
RUN apk add --virtual .b1657 gcc musl-dev
RUN apk del .b1657
RUN apk add --virtual .b1658 gcc musl-dev
RUN apk del .b1658
RUN apk add --virtual .b1659 gcc musl-dev
RUN apk del .b1659
RUN apk add --virtual .b1660 gcc musl-dev
RUN apk del .b1660
RUN apk add --virtual .b1661 gcc musl-dev
RUN apk del .b1661
RUN apk add --virtual .b1662 gcc musl-dev
RUN apk del .b1662
RUN apk add --virtual .b1663 gcc musl-dev
RUN apk del .b1663
RUN apk add --virtual .b1664 gcc musl-dev
RUN apk del .b1664
RUN apk add --virtual .b1665 gcc musl-dev
RUN apk del .b1665
RUN apk add --virtual .b1666 gcc musl-dev
RUN apk del .b1666
RUN apk add --virtual .b1667 gcc musl-dev
RUN apk del .b1667
RUN apk add --virtual .b1668 gcc musl-dev
RUN apk del .b1668
RUN apk add --virtual .b1669 gcc musl-dev
RUN apk del .b1669
RUN apk add --virtual .b1670 gcc musl-dev
RUN apk del .b1670
RUN apk add --virtual .b1671 gcc musl-dev
RUN apk del .b1671
RUN apk add --virtual .b1672 gcc musl-dev
RUN apk del .b1672
RUN apk add --virtual .b1673 gcc musl-dev
RUN apk del .b1673
RUN apk add --virtual .b1674 gcc musl-dev
RUN apk del .b1674
RUN apk add --virtual .b1675 gcc musl-dev
RUN apk del .b1675
RUN apk add --virtual .b1676 gcc musl-dev
RUN apk del .b1676
RUN apk add --virtual .b1677 gcc musl-dev
RUN apk del .b1677
RUN apk add --virtual .b1678 gcc musl-dev
RUN apk del .b1678
RUN apk add --virtual .b1679 gcc musl-dev
RUN apk del .b1679
RUN apk add --virtual .b1680 gcc musl-dev
RUN apk del .b1680
RUN apk add --virtual .b1681 gcc musl-dev
RUN apk del .b1681
RUN apk add --virtual .b1682 gcc musl-dev
RUN apk del .b1682
RUN apk add --virtual .b1683 gcc musl-dev
RUN apk del .b1683
RUN apk add --virtual .b1684 gcc musl-dev
RUN apk del .b1684
RUN apk add --virtual .b1685 gcc musl-dev
RUN apk del .b1685
RUN apk add --virtual .b1686 gcc musl-dev
RUN apk del .b1686
RUN apk add --virtual .b1687 gcc musl-dev
RUN apk del .b1687
RUN apk add --virtual .b1688 gcc musl-dev
RUN apk del .b1688
RUN apk add --virtual .b1689 gcc musl-dev
RUN apk del .b1689
RUN apk add --virtual .b1690 gcc musl-dev
RUN apk del .b1690
RUN apk add --virtual .b1691 gcc musl-dev
RUN apk del .b1691
RUN apk add --virtual .b1692 gcc musl-dev
RUN apk del .b1692
RUN apk add --virtual .b1693 gcc musl-dev
RUN apk del .b1693
RUN apk add --virtual .b1694 gcc musl-dev
RUN apk del .b1694
RUN apk add --virtual .b1695 gcc musl-dev
RUN apk del .b1695
RUN apk add --virtual .b1696 gcc musl-dev
RUN apk del .b1696
RUN apk add --virtual .b1697 gcc musl-dev
RUN apk del .b1697
RUN apk add --virtual .b1698 gcc musl-dev
RUN apk del .b1698
RUN apk add --virtual .b1699 gcc musl-dev
RUN apk del .b1699
RUN apk add --virtual .b1700 gcc musl-dev
RUN apk del .b1700
RUN apk add --virtual .b1701 gcc musl-dev
RUN apk del .b1701
RUN apk add --virtual .b1702 gcc musl-dev
RUN apk del .b1702
RUN apk add --virtual .b1703 gcc musl-dev
RUN apk del .b1703
RUN apk add --virtual .b1704 gcc musl-dev
RUN apk del .b1704
RUN apk add --virtual .b1705 gcc musl-dev
RUN apk del .b1705
RUN apk add --virtual .b1706 gcc musl-dev
RUN apk del .b1706
RUN apk add --virtual .b1707 gcc musl-dev
RUN apk del .b1707
RUN apk add --virtual .b1708 gcc musl-dev
RUN apk del .b1708
RUN apk add --virtual .b1709 gcc musl-dev
RUN apk del .b1709
RUN apk add --virtual .b1710 gcc musl-dev
RUN apk del .b1710
RUN apk add --virtual .b1711 gcc musl-dev
RUN apk del .b1711
RUN apk add --virtual .b1712 gcc musl-dev
RUN apk del .b1712
RUN apk add --virtual .b1713 gcc musl-dev
RUN apk del .b1713
RUN apk add --virtual .b1714 gcc musl-dev
RUN apk del .b1714
RUN apk add --virtual .b1715 gcc musl-dev
RUN apk del .b1715
RUN apk add --virtual .b1716 gcc musl-dev
RUN apk del .b1716
RUN apk add --virtual .b1717 gcc musl-dev
RUN apk del .b1717
RUN apk add --virtual .b1718 gcc musl-dev
RUN apk del .b1718
RUN apk add --virtual .b1719 gcc musl-dev
RUN apk del .b1719
RUN apk add --virtual .b1720 gcc musl-dev
RUN apk del .b1720
RUN apk add --virtual .b1721 gcc musl-dev
RUN apk del .b1721
RUN apk add --virtual .b1722 gcc musl-dev
RUN apk del .b1722
RUN apk add --virtual .b1723 gcc musl-dev
RUN apk del .b1723
RUN apk add --virtual .b1724 gcc musl-dev
RUN apk del .b1724
RUN apk add --virtual .b1725 gcc musl-dev
RUN apk del .b1725
RUN apk add --virtual .b1726 gcc musl-dev
RUN apk del .b1726
RUN apk add --virtual .b1727 gcc musl-dev
RUN apk del .b1727
RUN apk add --virtual .b1728 gcc musl-dev
RUN apk del .b1728
RUN apk add --virtual .b1729 gcc musl-dev
RUN apk del .b1729
RUN apk add --virtual .b1730 gcc musl-dev
RUN apk del .b1730
RUN apk add --virtual .b1731 gcc musl-dev
RUN apk del .b1731
RUN apk add --virtual .b1732 gcc musl-dev
RUN apk del .b1732
RUN apk add --virtual .b1733 gcc musl-dev
RUN apk del .b1733
RUN apk add --virtual .b1734 gcc musl-dev
RUN apk del .b1734
RUN apk add --virtual .b1735 gcc musl-dev
RUN apk del .b1735
RUN apk add --virtual .b1736 gcc musl-dev
RUN apk del .b1736
RUN apk add --virtual .b1737 gcc musl-dev
RUN apk del .b1737
RUN apk add --virtual .b1738 gcc musl-dev
RUN apk del .b1738
RUN apk add --virtual .b1739 gcc musl-dev
RUN apk del .b1739
RUN apk add --virtual .b1740 gcc musl-dev
RUN apk del .b1740
RUN apk add --virtual .b1741 gcc musl-dev
RUN apk del .b1741
RUN apk add --virtual .b1742 gcc musl-dev
RUN apk del .b1742
RUN apk add --virtual .b1743 gcc musl-dev
RUN apk del .b1743
RUN apk add --virtual .b1744 gcc musl-dev
RUN apk del .b1744
RUN apk add --virtual .b1745 gcc musl-dev
RUN apk del .b1745
RUN apk add --virtual .b1746 gcc musl-dev
RUN apk del .b1746
RUN apk add --virtual .b1747 gcc musl-dev
RUN apk del .b1747
RUN apk add --virtual .b1748 gcc musl-dev
RUN apk del .b1748
RUN apk add --virtual .b1749 gcc musl-dev
RUN apk del .b1749
RUN apk add --virtual .b1750 gcc musl-dev
RUN apk del .b1750
RUN apk add --virtual .b1751 gcc musl-dev
RUN apk del .b1751
RUN apk add --virtual .b1752 gcc musl-dev
RUN apk del .b1752
RUN apk add --virtual .b1753 gcc musl-dev
RUN apk del .b1753
RUN apk add --virtual .b1754 gcc musl-dev
RUN apk del .b1754
RUN apk add --virtual .b1755 gcc musl-dev
RUN apk del .b1755
RUN apk add --virtual .b1756 gcc musl-dev
RUN apk del .b1756
RUN apk add --virtual .b1757 gcc musl-dev
RUN apk del .b1757
RUN apk add --virtual .b1758 gcc musl-dev
RUN apk del .b1758
RUN apk add --virtual .b1759 gcc musl-dev
RUN apk del .b1759
RUN apk add --virtual .b1760 gcc musl-dev
RUN apk del .b1760
RUN apk add --virtual .b1761 gcc musl-dev
RUN apk del .b1761
RUN apk add --virtual .b1762 gcc musl-dev
RUN apk del .b1762
RUN apk add --virtual .b1763 gcc musl-dev
RUN apk del .b1763
RUN apk add --virtual .b1764 gcc musl-dev
RUN apk del .b1764
RUN apk add --virtual .b1765 gcc musl-dev
RUN apk del .b1765
RUN apk add --virtual .b1766 gcc musl-dev
RUN apk del .b1766
RUN apk add --virtual .b1767 gcc musl-dev
RUN apk del .b1767
RUN apk add --virtual .b1768 gcc musl-dev
RUN apk del .b1768
RUN apk add --virtual .b1769 gcc musl-dev
RUN apk del .b1769
RUN apk add --virtual .b1770 gcc musl-dev
RUN apk del .b1770
RUN apk add --virtual .b1771 gcc musl-dev
RUN apk del .b1771
RUN apk add --virtual .b1772 gcc musl-dev
RUN apk del .b1772
RUN apk add --virtual .b1773 gcc musl-dev
RUN apk del .b1773
RUN apk add --virtual .b1774 gcc musl-dev
RUN apk del .b1774
RUN apk add --virtual .b1775 gcc musl-dev
RUN apk del .b1775
RUN apk add --virtual .b1776 gcc musl-dev
RUN apk del .b1776
RUN apk add --virtual .b1777 gcc musl-dev
RUN apk del .b1777
RUN apk add --virtual .b1778 gcc musl-dev
RUN apk del .b1778
RUN apk add --virtual .b1779 gcc musl-dev
RUN apk del .b1779
RUN apk add --virtual .b1780 gcc musl-dev
RUN apk del .b1780
RUN apk add --virtual .b1781 gcc musl-dev
RUN apk del .b1781
RUN apk add --virtual .b1782 gcc musl-dev
RUN apk del .b1782
RUN apk add --virtual .b1783 gcc musl-dev
RUN apk del .b1783
RUN apk add --virtual .b1784 gcc musl-dev
RUN apk del .b1784
RUN apk add --virtual .b1785 gcc musl-dev
RUN apk del .b1785
RUN apk add --virtual .b1786 gcc musl-dev
RUN apk del .b1786
RUN apk add --virtual .b1787 gcc musl-dev
RUN apk del .b1787
RUN apk add --virtual .b1788 gcc musl-dev
RUN apk del .b1788
RUN apk add --virtual .b1789 gcc musl-dev
RUN apk del .b1789
RUN apk add --virtual .b1790 gcc musl-dev
RUN apk del .b1790
RUN apk add --virtual .b1791 gcc musl-dev
RUN apk del .b1791
RUN apk add --virtual .b1792 gcc musl-dev
RUN apk del .b1792
RUN apk add --virtual .b1793 gcc musl-dev
RUN apk del .b1793
RUN apk add --virtual .b1794 gcc musl-dev
RUN apk del .b1794
RUN apk add --virtual .b1795 gcc musl-dev
RUN apk del .b1795
RUN apk add --virtual .b1796 gcc musl-dev
RUN apk del .b1796
RUN apk add --virtual .b1797 gcc musl-dev
RUN apk del .b1797
RUN apk add --virtual .b1798 gcc musl-dev
RUN apk del .b1798
RUN apk add --virtual .b1799 gcc musl-dev
RUN apk del .b1799
RUN apk add --virtual .b1800 gcc musl-dev
RUN apk del .b1800
RUN apk add --virtual .b1801 gcc musl-dev
RUN apk del .b1801
RUN apk add --virtual .b1802 gcc musl-dev
RUN apk del .b1802
RUN apk add --virtual .b1803 gcc musl-dev
RUN apk del .b1803
RUN apk add --virtual .b1804 gcc musl-dev
RUN apk del .b1804
RUN apk add --virtual .b1805 gcc musl-dev
RUN apk del .b1805
RUN apk add --virtual .b1806 gcc musl-dev
RUN apk del .b1806
RUN apk add --virtual .b1807 gcc musl-dev
RUN apk del .b1807
RUN apk add --virtual .b1808 gcc musl-dev
RUN apk del .b1808
RUN apk add --virtual .b1809 gcc musl-dev
RUN apk del .b1809
RUN apk add --virtual .b1810 gcc musl-dev
RUN apk del .b1810
RUN apk add --virtual .b1811 gcc musl-dev
RUN apk del .b1811
RUN apk add --virtual .b1812 gcc musl-dev
RUN apk del .b1812
RUN apk add --virtual .b1813 gcc musl-dev
RUN apk del .b1813
RUN apk add --virtual .b1814 gcc musl-dev
RUN apk del .b1814
RUN apk add --virtual .b1815 gcc musl-dev
RUN apk del .b1815
RUN apk add --virtual .b1816 gcc musl-dev
RUN apk del .b1816
RUN apk add --virtual .b1817 gcc musl-dev
RUN apk del .b1817
RUN apk add --virtual .b1818 gcc musl-dev
RUN apk del .b1818
RUN apk add --virtual .b1819 gcc musl-dev
RUN apk del .b1819
RUN apk add --virtual .b1820 gcc musl-dev
RUN apk del .b1820
RUN apk add --virtual .b1821 gcc musl-dev
RUN apk del .b1821
RUN apk add --virtual .b1822 gcc musl-dev
RUN apk del .b1822
RUN apk add --virtual .b1823 gcc musl-dev
RUN apk del .b1823
RUN apk add --virtual .b1824 gcc musl-dev
RUN apk del .b1824
RUN apk add --virtual .b1825 gcc musl-dev
RUN apk del .b1825
RUN apk add --virtual .b1826 gcc musl-dev
RUN apk del .b1826
RUN apk add --virtual .b1827 gcc musl-dev
RUN apk del .b1827
RUN apk add --virtual .b1828 gcc musl-dev
RUN apk del .b1828
RUN apk add --virtual .b1829 gcc musl-dev
RUN apk del .b1829
RUN apk add --virtual .b1830 gcc musl-dev
RUN apk del .b1830
RUN apk add --virtual .b1831 gcc musl-dev
RUN apk del .b1831
RUN apk add --virtual .b1832 gcc musl-dev
RUN apk del .b1832
RUN apk add --virtual .b1833 gcc musl-dev
RUN apk del .b1833
RUN apk add --virtual .b1834 gcc musl-dev
RUN apk del .b1834
RUN apk add --virtual .b1835 gcc musl-dev
RUN apk del .b1835
RUN apk add --virtual .b1836 gcc musl-dev
RUN apk del .b1836
RUN apk add --virtual .b1837 gcc musl-dev
RUN apk del .b1837
RUN apk add --virtual .b1838 gcc musl-dev
RUN apk del .b1838
RUN apk add --virtual .b1839 gcc musl-dev
RUN apk del .b1839
RUN apk add --virtual .b1840 gcc musl-dev
RUN apk del .b1840
RUN apk add --virtual .b1841 gcc musl-dev
RUN apk del .b1841
RUN apk add --virtual .b1842 gcc musl-dev
RUN apk del .b1842
RUN apk add --virtual .b1843 gcc musl-dev
RUN apk del .b1843
RUN apk add --virtual .b1844 gcc musl-dev
RUN apk del .b1844
RUN apk add --virtual .b1845 gcc musl-dev
RUN apk del .b1845
RUN apk add --virtual .b1846 gcc musl-dev
RUN apk del .b1846
RUN apk add --virtual .b1847 gcc musl-dev
RUN apk del .b1847
RUN apk add --virtual .b1848 gcc musl-dev
RUN apk del .b1848
RUN apk add --virtual .b1849 gcc musl-dev
RUN apk del .b1849
RUN apk add --virtual .b1850 gcc musl-dev
RUN apk del .b1850
RUN apk add --virtual .b1851 gcc musl-dev
RUN apk del .b1851
RUN apk add --virtual .b1852 gcc musl-dev
RUN apk del .b1852
RUN apk add --virtual .b1853 gcc musl-dev
RUN apk del .b1853
RUN apk add --virtual .b1854 gcc musl-dev
RUN apk del .b1854
RUN apk add --virtual .b1855 gcc musl-dev
RUN apk del .b1855
RUN apk add --virtual .b1856 gcc musl-dev
RUN apk del .b1856
RUN apk add --virtual .b1857 gcc musl-dev
RUN apk del .b1857
RUN apk add --virtual .b1858 gcc musl-dev
RUN apk del .b1858
RUN apk add --virtual .b1859 gcc musl-dev
RUN apk del .b1859
RUN apk add --virtual .b1860 gcc musl-dev
RUN apk del .b1860
RUN apk add --virtual .b1861 gcc musl-dev
RUN apk del .b1861
RUN apk add --virtual .b1862 gcc musl-dev
RUN apk del .b1862
RUN apk add --virtual .b1863 gcc musl-dev
RUN apk del .b1863
RUN apk add --virtual .b1864 gcc musl-dev
RUN apk del .b1864
RUN apk add --virtual .b1865 gcc musl-dev
RUN apk del .b1865
RUN apk add --virtual .b1866 gcc musl-dev
RUN apk del .b1866
RUN apk add --virtual .b1867 gcc musl-dev
RUN apk del .b1867
RUN apk add --virtual .b1868 gcc musl-dev
RUN apk del .b1868
RUN apk add --virtual .b1869 gcc musl-dev
RUN apk del .b1869
RUN apk add --virtual .b1870 gcc musl-dev
RUN apk del .b1870
RUN apk add --virtual .b1871 gcc musl-dev
RUN apk del .b1871
RUN apk add --virtual .b1872 gcc musl-dev
RUN apk del .b1872
RUN apk add --virtual .b1873 gcc musl-dev
RUN apk del .b1873
RUN apk add --virtual .b1874 gcc musl-dev
RUN apk del .b1874
RUN apk add --virtual .b1875 gcc musl-dev
RUN apk del .b1875
RUN apk add --virtual .b1876 gcc musl-dev
RUN apk del .b1876
RUN apk add --virtual .b1877 gcc musl-dev
RUN apk del .b1877
RUN apk add --virtual .b1878 gcc musl-dev
RUN apk del .b1878
RUN apk add --virtual .b1879 gcc musl-dev
RUN apk del .b1879
RUN apk add --virtual .b1880 gcc musl-dev
RUN apk del .b1880
RUN apk add --virtual .b1881 gcc musl-dev
RUN apk del .b1881
RUN apk add --virtual .b1882 gcc musl-dev
RUN apk del .b1882
RUN apk add --virtual .b1883 gcc musl-dev
RUN apk del .b1883
RUN apk add --virtual .b1884 gcc musl-dev
RUN apk del .b1884
RUN apk add --virtual .b1885 gcc musl-dev
RUN apk del .b1885
RUN apk add --virtual .b1886 gcc musl-dev
RUN apk del .b1886
RUN apk add --virtual .b1887 gcc musl-dev
RUN apk del .b1887
RUN apk add --virtual .b1888 gcc musl-dev
RUN apk del .b1888
RUN apk add --virtual .b1889 gcc musl-dev
RUN apk del .b1889
RUN apk add --virtual .b1890 gcc musl-dev
RUN apk del .b1890
RUN apk add --virtual .b1891 gcc musl-dev
RUN apk del .b1891
RUN apk add --virtual .b1892 gcc musl-dev
RUN apk del .b1892
RUN apk add --virtual .b1893 gcc musl-dev
RUN apk del .b1893
RUN apk add --virtual .b1894 gcc musl-dev
RUN apk del .b1894
RUN apk add --virtual .b1895 gcc musl-dev
RUN apk del .b1895
RUN apk add --virtual .b1896 gcc musl-dev
RUN apk del .b1896
RUN apk add --virtual .b1897 gcc musl-dev
RUN apk del .b1897
RUN apk add --virtual .b1898 gcc musl-dev
RUN apk del .b1898
RUN apk add --virtual .b1899 gcc musl-dev
RUN apk del .b1899
RUN apk add --virtual .b1900 gcc musl-dev
RUN apk del .b1900
RUN apk add --virtual .b1901 gcc musl-dev
RUN apk del .b1901
RUN apk add --virtual .b1902 gcc musl-dev
RUN apk del .b1902
RUN apk add --virtual .b1903 gcc musl-dev
RUN apk del .b1903
RUN apk add --virtual .b1904 gcc musl-dev
RUN apk del .b1904
RUN apk add --virtual .b1905 gcc musl-dev
RUN apk del .b1905
RUN apk add --virtual .b1906 gcc musl-dev
RUN apk del .b1906
RUN apk add --virtual .b1907 gcc musl-dev
RUN apk del .b1907
RUN apk add --virtual .b1908 gcc musl-dev
RUN apk del .b1908
RUN apk add --virtual .b1909 gcc musl-dev
RUN apk del .b1909
RUN apk add --virtual .b1910 gcc musl-dev
RUN apk del .b1910
RUN apk add --virtual .b1911 gcc musl-dev
RUN apk del .b1911
RUN apk add --virtual .b1912 gcc musl-dev
RUN apk del .b1912
RUN apk add --virtual .b1913 gcc musl-dev
RUN apk del .b1913
RUN apk add --virtual .b1914 gcc musl-dev
RUN apk del .b1914
RUN apk add --virtual .b1915 gcc musl-dev
RUN apk del .b1915
RUN apk add --virtual .b1916 gcc musl-dev
RUN apk del .b1916
RUN apk add --virtual .b1917 gcc musl-dev
RUN apk del .b1917
RUN apk add --virtual .b1918 gcc musl-dev
RUN apk del .b1918
RUN apk add --virtual .b1919 gcc musl-dev
RUN apk del .b1919
RUN apk add --virtual .b1920 gcc musl-dev
RUN apk del .b1920
RUN apk add --virtual .b1921 gcc musl-dev
RUN apk del .b1921
RUN apk add --virtual .b1922 gcc musl-dev
RUN apk del .b1922
RUN apk add --virtual .b1923 gcc musl-dev
RUN apk del .b1923
RUN apk add --virtual .b1924 gcc musl-dev
RUN apk del .b1924
RUN apk add --virtual .b1925 gcc musl-dev
RUN apk del .b1925
RUN apk add --virtual .b1926 gcc musl-dev
RUN apk del .b1926
RUN apk add --virtual .b1927 gcc musl-dev
RUN apk del .b1927
RUN apk add --virtual .b1928 gcc musl-dev
RUN apk del .b1928
RUN apk add --virtual .b1929 gcc musl-dev
RUN apk del .b1929
RUN apk add --virtual .b1930 gcc musl-dev
RUN apk del .b1930
RUN apk add --virtual .b1931 gcc musl-dev
RUN apk del .b1931
RUN apk add --virtual .b1932 gcc musl-dev
RUN apk del .b1932
RUN apk add --virtual .b1933 gcc musl-dev
RUN apk del .b1933
RUN apk add --virtual .b1934 gcc musl-dev
RUN apk del .b1934
RUN apk add --virtual .b1935 gcc musl-dev
RUN apk del .b1935
RUN apk add --virtual .b1936 gcc musl-dev
RUN apk del .b1936
RUN apk add --virtual .b1937 gcc musl-dev
RUN apk del .b1937
RUN apk add --virtual .b1938 gcc musl-dev
RUN apk del .b1938
RUN apk add --virtual .b1939 gcc musl-dev
RUN apk del .b1939
RUN apk add --virtual .b1940 gcc musl-dev
RUN apk del .b1940
RUN apk add --virtual .b1941 gcc musl-dev
RUN apk del .b1941
RUN apk add --virtual .b1942 gcc musl-dev
RUN apk del .b1942
RUN apk add --virtual .b1943 gcc musl-dev
RUN apk del .b1943
RUN apk add --virtual .b1944 gcc musl-dev
RUN apk del .b1944
RUN apk add --virtual .b1945 gcc musl-dev
RUN apk del .b1945
RUN apk add --virtual .b1946 gcc musl-dev
RUN apk del .b1946
RUN apk add --virtual .b1947 gcc musl-dev
RUN apk del .b1947
RUN apk add --virtual .b1948 gcc musl-dev
RUN apk del .b1948
RUN apk add --virtual .b1949 gcc musl-dev
RUN apk del .b1949
RUN apk add --virtual .b1950 gcc musl-dev
RUN apk del .b1950
RUN apk add --virtual .b1951 gcc musl-dev
RUN apk del .b1951
RUN apk add --virtual .b1952 gcc musl-dev
RUN apk del .b1952
RUN apk add --virtual .b1953 gcc musl-dev
RUN apk del .b1953
RUN apk add --virtual .b1954 gcc musl-dev
RUN apk del .b1954
RUN apk add --virtual .b1955 gcc musl-dev
RUN apk del .b1955
RUN apk add --virtual .b1956 gcc musl-dev
RUN apk del .b1956
RUN apk add --virtual .b1957 gcc musl-dev
RUN apk del .b1957
RUN apk add --virtual .b1958 gcc musl-dev
RUN apk del .b1958
RUN apk add --virtual .b1959 gcc musl-dev
RUN apk del .b1959
RUN apk add --virtual .b1960 gcc musl-dev
RUN apk del .b1960
RUN apk add --virtual .b1961 gcc musl-dev
RUN apk del .b1961
RUN apk add --virtual .b1962 gcc musl-dev
RUN apk del .b1962
RUN apk add --virtual .b1963 gcc musl-dev
RUN apk del .b1963
RUN apk add --virtual .b1964 gcc musl-dev
RUN apk del .b1964
RUN apk add --virtual .b1965 gcc musl-dev
RUN apk del .b1965
RUN apk add --virtual .b1966 gcc musl-dev
RUN apk del .b1966
RUN apk add --virtual .b1967 gcc musl-dev
RUN apk del .b1967
RUN apk add --virtual .b1968 gcc musl-dev
RUN apk del .b1968
RUN apk add --virtual .b1969 gcc musl-dev
RUN apk del .b1969
RUN apk add --virtual .b1970 gcc musl-dev
RUN apk del .b1970
RUN apk add --virtual .b1971 gcc musl-dev
RUN apk del .b1971
RUN apk add --virtual .b1972 gcc musl-dev
RUN apk del .b1972
RUN apk add --virtual .b1973 gcc musl-dev
RUN apk del .b1973
RUN apk add --virtual .b1974 gcc musl-dev
RUN apk del .b1974
RUN apk add --virtual .b1975 gcc musl-dev
RUN apk del .b1975
RUN apk add --virtual .b1976 gcc musl-dev
RUN apk del .b1976
RUN apk add --virtual .b1977 gcc musl-dev
RUN apk del .b1977
RUN apk add --virtual .b1978 gcc musl-dev
RUN apk del .b1978
RUN apk add --virtual .b1979 gcc musl-dev
RUN apk del .b1979
RUN apk add --virtual .b1980 gcc musl-dev
RUN apk del .b1980
RUN apk add --virtual .b1981 gcc musl-dev
RUN apk del .b1981
RUN apk add --virtual .b1982 gcc musl-dev
RUN apk del .b1982
RUN apk add --virtual .b1983 gcc musl-dev
RUN apk del .b1983
RUN apk add --virtual .b1984 gcc musl-dev
RUN apk del .b1984
RUN apk add --virtual .b1985 gcc musl-dev
RUN apk del .b1985
RUN apk add --virtual .b1986 gcc musl-dev
RUN apk del .b1986
RUN apk add --virtual .b1987 gcc musl-dev
RUN apk del .b1987
RUN apk add --virtual .b1988 gcc musl-dev
RUN apk del .b1988
RUN apk add --virtual .b1989 gcc musl-dev
RUN apk del .b1989
RUN apk add --virtual .b1990 gcc musl-dev
RUN apk del .b1990
RUN apk add --virtual .b1991 gcc musl-dev
RUN apk del .b1991
RUN apk add --virtual .b1992 gcc musl-dev
RUN apk del .b1992
RUN apk add --virtual .b1993 gcc musl-dev
RUN apk del .b1993
RUN apk add --virtual .b1994 gcc musl-dev
RUN apk del .b1994
RUN apk add --virtual .b1995 gcc musl-dev
RUN apk del .b1995
RUN apk add --virtual .b1996 gcc musl-dev
RUN apk del .b1996
RUN apk add --virtual .b1997 gcc musl-dev
RUN apk del .b1997
RUN apk add --virtual .b1998 gcc musl-dev
RUN apk del .b1998
RUN apk add --virtual .b1999 gcc musl-dev
RUN apk del .b1999
