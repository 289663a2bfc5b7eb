#!/usr/bin/env bash
# Builds the media-tools Lambda layer: libheif's heif-info and heif-convert (with libde265 for
# HEVC), which media-ingest runs for HEIC/HEIF photos. Lambda puts a layer's bin/ on PATH
# (/opt/bin) and its lib/ on the library path (/opt/lib).
#
# Run it on Amazon Linux 2023 (the java21 runtime's OS), x86_64, e.g. inside the SAM build image:
#   docker run --rm -v "$PWD":/src -w /src public.ecr.aws/sam/build-java21 infra/layers/media-tools/build.sh
# It needs the internet (GitHub releases). The development machines of this repository have
# neither Docker nor that access, so the layer is built where the stack is deployed from; the
# local cloud and CI use Debian's libheif-examples (1.15.1), the same tools.
set -euo pipefail
cd "$(dirname "$0")"
LIBDE265=1.0.15
LIBHEIF=1.17.6
work=$(mktemp -d)
dist="$PWD/dist"
rm -rf "$dist" && mkdir -p "$dist/bin" "$dist/lib"

dnf install -y -q cmake gcc-c++ make libjpeg-turbo-devel libpng-devel
curl -sL "https://github.com/strukturag/libde265/releases/download/v$LIBDE265/libde265-$LIBDE265.tar.gz" | tar xz -C "$work"
curl -sL "https://github.com/strukturag/libheif/releases/download/v$LIBHEIF/libheif-$LIBHEIF.tar.gz" | tar xz -C "$work"

cmake -S "$work/libde265-$LIBDE265" -B "$work/de265" -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$work/prefix" -DENABLE_SDL=OFF
cmake --build "$work/de265" -j"$(nproc)" --target install
cmake -S "$work/libheif-$LIBHEIF" -B "$work/heif" -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$work/prefix" \
  -DCMAKE_PREFIX_PATH="$work/prefix" -DWITH_EXAMPLES=ON -DWITH_GDK_PIXBUF=OFF -DWITH_X265=OFF -DWITH_AOM_DECODER=OFF -DWITH_AOM_ENCODER=OFF
cmake --build "$work/heif" -j"$(nproc)" --target install

cp "$work/prefix/bin/heif-info" "$work/prefix/bin/heif-convert" "$dist/bin/"
cp -P "$work"/prefix/lib*/libheif.so* "$work"/prefix/lib*/libde265.so* "$dist/lib/"
for library in libjpeg.so.62 libpng16.so.16; do
  cp -L "/usr/lib64/$library" "$dist/lib/"
done
echo "media-tools layer in $dist: $(du -sh "$dist" | cut -f1)"
