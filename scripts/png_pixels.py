#!/usr/bin/env python3
"""Counts the pixels of PNG screenshots that are drawn on, with nothing but the standard library.

    png_pixels.py FIRST SECOND

Two screenshots of one page the same size, such as the report at two years. Prints JSON: the
image's width and height, the first and last rows where they differ (null when they are the
same), and within those rows, for each screenshot, how many pixels are not white and how many
are coloured (a channel differs from another by more than 60, so that black and grey text do
not count). Used by the report's browser test: what changes with the year is the map, and it
must be drawn in colour.
"""
import json
import struct
import sys
import zlib


def decode(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit(f"{path} is not a PNG")
    position, chunks, header = 8, [], None
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
        position += 12 + length
    width, height, depth, colour, _, _, interlace = header
    channels = {0: 1, 2: 3, 4: 2, 6: 4}.get(colour)
    if depth != 8 or channels is None or interlace:
        raise SystemExit(f"{path}: only 8-bit, non-interlaced grey or RGB(A) PNGs are read")
    raw = zlib.decompress(b"".join(chunks))
    stride = width * channels
    rows, previous, offset = [], bytearray(stride), 0
    for _ in range(height):
        kind, line = raw[offset], bytearray(raw[offset + 1:offset + 1 + stride])
        offset += 1 + stride
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        rows.append(line)
        previous = line
    return width, height, channels, rows


def counts(rows, channels, width):
    nonwhite = coloured = 0
    for line in rows:
        for x in range(width):
            pixel = line[x * channels:x * channels + min(channels, 3)]
            if min(pixel) < 245:
                nonwhite += 1
            if max(pixel) - min(pixel) > 60:
                coloured += 1
    return {"nonwhite": nonwhite, "coloured": coloured}


def main():
    width, height, channels, first = decode(sys.argv[1])
    other_width, other_height, other_channels, second = decode(sys.argv[2])
    if (width, height, channels) != (other_width, other_height, other_channels):
        raise SystemExit("the screenshots differ in size or kind")
    changed = [y for y in range(height) if first[y] != second[y]]
    top, bottom = (changed[0], changed[-1] + 1) if changed else (0, 0)
    print(json.dumps({
        "width": width, "height": height,
        "changed": [top, bottom - 1] if changed else None,
        "first": counts(first[top:bottom], channels, width),
        "second": counts(second[top:bottom], channels, width),
    }))


main()
