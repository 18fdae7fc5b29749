using DocumentFormat.OpenXml.Packaging;
using Itou.Export.Tests.Pdf.Layout;
using Itou.Export.Tests.Support;

namespace Itou.Export.Tests.Cli;

/// <summary><c>--allow-remote-images</c> and <c>--remote-image-timeout</c> on the export commands, run as a process.</summary>
public sealed class CliRemoteImageTests : IDisposable
{
    private static readonly byte[] Photo = Photos.Jpeg(320, 200, seed: 11);
    private readonly string folder = Directory.CreateTempSubdirectory("itou-cli-remote-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Without_the_option_nothing_is_fetched_and_the_image_is_reported()
    {
        using var trap = new LoopbackTrap();
        using var space = Space($"{trap.Url}/photo.jpg");

        var run = await CliProcess.RunAsync(folder, "docx", space.Folder, "-o", "out.docx");

        run.AssertExit(0, "1 IMAGE-REMOTE");
        Assert.False(trap.WasContacted, "the CLI connected to a remote image's server without --allow-remote-images");
    }

    [Fact]
    public async Task With_the_option_the_image_is_fetched_and_embedded()
    {
        using var server = new ImageServer().File("photo.jpg", Photo, "image/jpeg");
        using var space = Space(server.Url("photo.jpg"));

        var run = await CliProcess.RunAsync(folder, "docx", space.Folder, "-o", "out.docx", "--allow-remote-images", "--remote-image-timeout", "30", "--allow-private-network-images");

        run.AssertExit(0, "  fetching images: 1/1 images", "no diagnostic");
        Assert.Equal(1, server.Requests("photo.jpg"));
        using var package = WordprocessingDocument.Open(Path.Combine(folder, "out.docx"), false);
        var image = Assert.Single(package.MainDocumentPart!.ImageParts);
        using var stream = image.GetStream();
        using var bytes = new MemoryStream();
        await stream.CopyToAsync(bytes, TestContext.Current.CancellationToken);
        Assert.Equal(Photo, bytes.ToArray());
    }

    [Fact]
    public async Task Without_private_networks_a_loopback_image_is_refused()
    {
        using var server = new ImageServer().File("photo.jpg", Photo, "image/jpeg");
        using var space = Space(server.Url("photo.jpg"));

        var run = await CliProcess.RunAsync(folder, "docx", space.Folder, "-o", "out.docx", "--allow-remote-images", "--verbose");

        run.AssertExit(0, "1 IMAGE-REMOTE-FAILED");
        Assert.Contains("is a local or private network address", run.Output, StringComparison.Ordinal); // --verbose lists diagnostics on standard output
        Assert.Equal(0, server.Requests("photo.jpg"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("ten")]
    public async Task A_timeout_that_is_not_a_positive_number_of_seconds_is_a_usage_error(string timeout)
    {
        var run = await CliProcess.RunAsync(folder, "pdf", TestPaths.SampleSpace, "--allow-remote-images", "--remote-image-timeout", timeout);

        run.AssertExit(2, "--remote-image-timeout");
        Assert.Empty(Directory.GetFiles(folder));
    }

    private static TempSpace Space(string imageUrl) => new TempSpace()
        .Write("README.md", $"# Accueil\n\n![photo]({imageUrl})\n")
        .Write("SUMMARY.md", "# Table of contents\n\n* [Accueil](README.md)\n");
}
