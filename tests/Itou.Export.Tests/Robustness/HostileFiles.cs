using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace Itou.Export.Tests.Robustness;

/// <summary>Files made to attack an exporter: image headers that lie about their size, SVGs that reach out.</summary>
internal static class HostileFiles
{
    /// <summary>A real 3 × 2 PNG.</summary>
    public static byte[] TinyPng { get; } = EncodePng(3, 2);

    /// <summary>
    /// A PNG whose header claims <paramref name="width"/> × <paramref name="height"/> pixels, with one
    /// tiny data chunk: decoding it would allocate width × height × 4 bytes (a decompression bomb's shape).
    /// </summary>
    public static byte[] PngHeader(int width, int height)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;  // bit depth
        header[9] = 6;  // RGBA
        byte[] zlibEmptyBlock = [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01];
        return [0x89, .. "PNG\r\n\x1A\n"u8, .. Chunk("IHDR", header), .. Chunk("IDAT", zlibEmptyBlock), .. Chunk("IEND", [])];
    }

    /// <summary>
    /// An SVG that tries every way out but entities: a stylesheet processing instruction and
    /// <c>@import</c>, <c>image</c> and <c>use</c> of files and URLs, a paint server in another file.
    /// <paramref name="outsideFile"/> is a file:// target, <paramref name="url"/> an http:// one.
    /// </summary>
    public static byte[] Svg(string outsideFile, string url) => Encoding.UTF8.GetBytes($$"""
        <?xml version="1.0"?>
        <?xml-stylesheet href="{{url}}/style.css"?>
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="60" height="30">
          <style>@import url({{url}}/import.css); rect { fill: #36c; }</style>
          <rect width="60" height="30" fill="url({{url}}/paint.svg#g)"/>
          <image href="{{outsideFile}}" width="10" height="10"/>
          <image xlink:href="{{url}}/image.png" width="10" height="10"/>
          <use xlink:href="{{outsideFile}}#a"/>
          <use href="{{url}}/sprite.svg#b"/>
          <text y="20">SVG</text>
        </svg>
        """);

    /// <summary>An SVG whose text is an external entity reading <paramref name="outsideFile"/> (XXE).</summary>
    public static byte[] EntitySvg(string outsideFile) => Encoding.UTF8.GetBytes($$"""
        <?xml version="1.0"?>
        <!DOCTYPE svg [<!ENTITY secret SYSTEM "{{outsideFile}}">]>
        <svg xmlns="http://www.w3.org/2000/svg" width="60" height="30"><text y="20">&secret;</text></svg>
        """);

    /// <summary>The hostile SVG with targets that exist nowhere (used by random spaces).</summary>
    public static byte[] ExternalSvg { get; } = Svg("file:///etc/passwd", "http://127.0.0.1:9");

    private static byte[] EncodePng(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.SeaGreen);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        var chunk = new byte[4 + typed.Length + 4];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        typed.CopyTo(chunk, 4);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(4 + typed.Length), Crc32(typed));
        return chunk;
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }
}
