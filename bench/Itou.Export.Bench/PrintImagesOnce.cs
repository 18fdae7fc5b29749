using System.Diagnostics;
using System.Security.Cryptography;
using Itou.Export.Imaging;
using Itou.Export.Pdf;
using SkiaSharp;

namespace Itou.Export.Bench;

/// <summary>
/// Picture preparation alone (PNG screenshots decoded, scaled to print size, JPEG when opaque): every
/// corpus PNG through <see cref="PrintImages.ForPrint"/> on one thread, cold then the best of three, with
/// CPU time and hashes of what the PDF would embed (the JPEGs; the other pictures' pixels, unpremultiplied), to tell a faster run that
/// changes the output from one that does not.
/// </summary>
internal static class PrintImagesOnce
{
    public static void Run()
    {
        if (CorpusPaths.ItouGitBook() is not { } corpus)
        {
            Console.WriteLine("pictures: skipped, the shared corpus is not beside the repository");
            return;
        }
        var pictures = Directory.EnumerateFiles(Path.Combine(corpus, ".gitbook", "assets"))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes)
            .Where(data => ImageHeader.Read(data) is { } header && PrintImages.Reworks(header.Format))
            .ToList();
        using var buffers = new PixelBuffers();
        for (var run = 0; run < 4; run++)
        {
            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            using var jpegHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            using var pixelHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var (jpegs, rasters) = (0, 0);
            foreach (var data in pictures)
            {
                using var image = PrintImages.ForPrint(data, buffers);
                if (image?.EncodedData is { } encoded)
                {
                    jpegs++;
                    jpegHash.AppendData(encoded.AsSpan());
                }
                else if (image is not null)
                {
                    // Unpremultiplied RGBA, as the PDF writer reads them, whatever the image keeps.
                    rasters++;
                    using var pixels = new SKBitmap(new SKImageInfo(image.Width, image.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
                    image.ReadPixels(pixels.Info, pixels.GetPixels(), pixels.RowBytes);
                    pixelHash.AppendData(pixels.GetPixelSpan());
                }
            }
            process.Refresh();
            static string Hash(IncrementalHash hash) => Convert.ToHexString(hash.GetHashAndReset())[..16];
            Console.WriteLine($"{(run == 0 ? "cold" : "warm")}: {pictures.Count} pictures ({jpegs} JPEG, {rasters} pixels), "
                + $"{watch.Elapsed.TotalSeconds:0.000} s wall, {(process.TotalProcessorTime - cpu).TotalSeconds:0.000} s CPU, "
                + $"{(GC.GetTotalAllocatedBytes(precise: true) - allocated) / (1024 * 1024)} MiB allocated, JPEG {Hash(jpegHash)}, pixels {Hash(pixelHash)}");
        }
    }
}
