using DocumentFormat.OpenXml.Packaging;
using Itou.Export.Tests.Pdf.Layout;
using Itou.Export.Tests.Support;

namespace Itou.Export.Tests.Cli;

/// <summary>
/// Remote pictures on the export commands, run as a process against a loopback server: fetched by
/// default and kept in the user's cache (here <see cref="CliProcess.CacheFolder"/> in the run's folder),
/// revalidated by the next export, used from the cache by <c>--offline</c>, which connects to nothing;
/// <c>--remote-image-budget</c> and <c>--remote-image-timeout</c> bound the time spent.
/// </summary>
public sealed class CliRemoteImageTests : IDisposable
{
    private static readonly byte[] Photo = Photos.Jpeg(320, 200, seed: 11);
    private readonly string folder = Directory.CreateTempSubdirectory("itou-cli-remote-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string CachedFiles => Path.Combine(folder, CliProcess.CacheFolder, "itou-export", "images");

    [Fact]
    public async Task By_default_the_picture_is_fetched_embedded_and_cached()
    {
        using var server = new ImageServer().Tagged("photo.jpg", Photo, "image/jpeg", "v1");
        using var space = Space(server.Url("photo.jpg"));

        var run = await CliProcess.RunAsync(folder, "docx", space.Folder, "-o", "out.docx", "--allow-private-network-images");

        run.AssertExit(0, "  fetching images: 1/1 images", "no diagnostic");
        Assert.Equal(1, server.Requests("photo.jpg"));
        Assert.Equal(Photo, EmbeddedPicture("out.docx"));
        Assert.Single(Directory.GetFiles(CachedFiles, "*.img"));
    }

    [Fact]
    public async Task A_second_export_revalidates_with_the_etag_and_offline_uses_the_cache_without_connecting()
    {
        using var server = new ImageServer().Tagged("photo.jpg", Photo, "image/jpeg", "v1");
        using var space = Space(server.Url("photo.jpg"));
        (await CliProcess.RunAsync(folder, "docx", space.Folder, "-o", "first.docx", "--allow-private-network-images")).AssertExit(0);

        var second = await CliProcess.RunAsync(folder, "pdf", space.Folder, "-o", "second.pdf", "--allow-private-network-images");
        var offline = await CliProcess.RunAsync(folder, "docx", space.Folder, "-o", "offline.docx", "--offline", "--allow-private-network-images");

        second.AssertExit(0, "no diagnostic");
        offline.AssertExit(0, "no diagnostic");
        Assert.Equal((2, 1), (server.AllRequests, server.NotModified("photo.jpg")));
        Assert.Equal(Photo, EmbeddedPicture("offline.docx"));
        Assert.DoesNotContain("fetching images", offline.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Offline_makes_no_connection_and_prints_the_description()
    {
        using var server = new ImageServer().File("photo.jpg", Photo, "image/jpeg");
        using var space = Space(server.Url("photo.jpg"));

        var run = await CliProcess.RunAsync(folder, "docx", space.Folder, "-o", "out.docx", "--offline", "--allow-private-network-images");

        run.AssertExit(0, "1 IMAGE-REMOTE");
        Assert.Equal(0, server.AllRequests);
        using var package = WordprocessingDocument.Open(Path.Combine(folder, "out.docx"), false);
        Assert.Contains("[photo]", package.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
        Assert.False(Directory.Exists(CachedFiles), "an offline export wrote to the cache");
    }

    [Fact]
    public async Task Without_private_networks_a_loopback_image_is_refused()
    {
        using var server = new ImageServer().File("photo.jpg", Photo, "image/jpeg");
        using var space = Space(server.Url("photo.jpg"));

        var run = await CliProcess.RunAsync(folder, "docx", space.Folder, "-o", "out.docx", "--verbose");

        run.AssertExit(0, "1 IMAGE-REMOTE-FAILED");
        Assert.Contains("is a local or private network address", run.Output, StringComparison.Ordinal); // --verbose lists diagnostics on standard output
        Assert.Equal(0, server.Requests("photo.jpg"));
    }

    [Fact]
    public async Task Past_the_budget_the_picture_is_reported_and_the_export_ends()
    {
        using var server = new ImageServer().Silent("photo.jpg");
        using var space = Space(server.Url("photo.jpg"));

        var run = await CliProcess.RunAsync(folder, "docx", space.Folder, "-o", "out.docx", "--allow-private-network-images", "--remote-image-budget", "1");

        run.AssertExit(0, "1 IMAGE-REMOTE-BUDGET");
        Assert.Equal(1, server.Requests("photo.jpg"));
    }

    [Theory]
    [InlineData("--remote-image-timeout", "0")]
    [InlineData("--remote-image-timeout", "-1")]
    [InlineData("--remote-image-timeout", "ten")]
    [InlineData("--remote-image-budget", "0")]
    [InlineData("--remote-image-budget", "NaN")]
    [InlineData("--remote-image-cache-size", "-5")]
    public async Task A_time_or_size_out_of_range_is_a_usage_error(string option, string value)
    {
        var run = await CliProcess.RunAsync(folder, "pdf", TestPaths.SampleSpace, option, value);

        run.AssertExit(2, option);
        Assert.Empty(Directory.GetFiles(folder));
    }

    private byte[] EmbeddedPicture(string docx)
    {
        using var package = WordprocessingDocument.Open(Path.Combine(folder, docx), false);
        using var stream = Assert.Single(package.MainDocumentPart!.ImageParts).GetStream();
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    private static TempSpace Space(string imageUrl) => new TempSpace()
        .Write("README.md", $"# Accueil\n\n![photo]({imageUrl})\n")
        .Write("SUMMARY.md", "# Table of contents\n\n* [Accueil](README.md)\n");
}
