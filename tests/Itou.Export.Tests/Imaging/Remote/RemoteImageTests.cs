using System.Net;
using Itou.Export.Docx;
using Itou.Export.Publishing;
using Itou.Export.Space;
using Itou.Export.Tests.Pdf.Layout;
using Itou.Export.Tests.Robustness;
using Itou.Export.Tests.Support;
using Itou.Export.Theming;

namespace Itou.Export.Tests.Imaging.Remote;

/// <summary>
/// Remote images (<see cref="ExportLimits.AllowRemoteImages"/>): off, nothing is fetched and no
/// connection is made; on, each address is fetched once through a loopback server, embedded when it is a
/// picture, and reported at its page and line when it is not (status, size cap, redirect, timeout), the
/// export going on and the picture's description printed, never its address. Each case runs through both writers.
/// </summary>
public class RemoteImageTests
{
    private static readonly byte[] Photo = Photos.Jpeg(320, 200, seed: 7);
    // The test servers are on the loopback address, which only AllowPrivateNetworkImages lets through.
    private static readonly ExportLimits Allowed = new() { AllowRemoteImages = true, AllowPrivateNetworkImages = true };

    [Theory]
    [InlineData("pdf")]
    [InlineData("docx")]
    public async Task Remote_images_off_make_no_connection_and_print_the_description_linked_to_the_address(string format)
    {
        using var trap = new LoopbackTrap();
        using var temp = RemoteBook.Create($"![photo]({trap.Url}/photo.jpg)");

        var (bytes, space) = await RemoteBook.ExportAsync(format, temp, new ExportLimits());

        Assert.False(trap.WasContacted, "an export with remote images off connected to the image's server");
        Assert.Equal(["README.md:5"], TempSpace.Places(space, DiagnosticCodes.ImageRemote));
        Assert.Empty(TempSpace.Places(space, DiagnosticCodes.ImageRemoteFailed));
        Assert.Contains($"{trap.Url}/photo.jpg", RemoteBook.Links(format, bytes));
        Assert.Contains("[photo]", RemoteBook.Text(format, bytes), StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", RemoteBook.Text(format, bytes), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("docx")]
    public async Task A_remote_image_is_fetched_once_embedded_and_gives_the_same_bytes_each_time(string format)
    {
        using var server = new ImageServer().File("photo.jpg", Photo, "image/jpeg");
        using var temp = RemoteBook.Create($"![photo]({server.Url("photo.jpg")})", $"Encore : ![photo]({server.Url("photo.jpg")})");

        var (first, space) = await RemoteBook.ExportAsync(format, temp, Allowed);
        var (second, _) = await RemoteBook.ExportAsync(format, temp, Allowed);

        Assert.Equal(2, server.Requests("photo.jpg")); // once per export, though two pages show it
        Assert.DoesNotContain(space.Diagnostics.Items, d => d.Code is DiagnosticCodes.ImageRemoteFailed or DiagnosticCodes.ImageRemote);
        Assert.True(RemoteBook.Embeds(format, first, Photo), "the fetched JPEG is not in the document");
        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("docx")]
    public async Task Each_failure_is_reported_at_its_line_and_the_export_goes_on(string format)
    {
        using var server = new ImageServer()
            .File("photo.jpg", Photo, "image/jpeg")
            .File("page.html", "<!doctype html><p>Pas une image</p>"u8.ToArray(), "text/html")
            .Status("forbidden.png", HttpStatusCode.Forbidden)
            .Endless("huge.png")
            .Redirect("to-file.png", "file:///etc/passwd")
            .Redirect("moved.png", "/photo.jpg")
            .File("bomb.png", HostileFiles.PngHeader(50_000, 50_000), "image/png");
        using var temp = RemoteBook.Create($"""
            ![absente]({server.Url("missing.png")})

            ![page]({server.Url("page.html")})

            ![interdite]({server.Url("forbidden.png")})

            ![énorme]({server.Url("huge.png")})

            ![fichier]({server.Url("to-file.png")})

            ![déplacée]({server.Url("moved.png")})

            ![bombe]({server.Url("bomb.png")})
            """);

        var (bytes, space) = await RemoteBook.ExportAsync(format, temp, Allowed with { MaxImageBytes = 256 * 1024 });

        var failures = space.Diagnostics.Items.Where(d => d.Code == DiagnosticCodes.ImageRemoteFailed).ToList();
        Assert.Equal(["README.md:5", "README.md:7", "README.md:9", "README.md:11", "README.md:13"], failures.Select(d => $"{d.File}:{d.Line}"));
        string[] reasons = ["HTTP 404", "not a picture (the server sent text/html", "HTTP 403", "larger than 262,144 bytes", "not http or https"];
        Assert.All(failures.Zip(reasons), pair => Assert.Contains(pair.Second, pair.First.Message, StringComparison.Ordinal));
        Assert.True(RemoteBook.Embeds(format, bytes, Photo), "the redirected photo is not in the document");
        Assert.Contains(server.Url("forbidden.png"), RemoteBook.Links(format, bytes));
        var tooManyPixels = DiagnosticCodes.ImageTooLarge;
        Assert.Contains(space.Diagnostics.Items, d => d.Code == tooManyPixels && d.Line == 17 && d.Message.Contains("50000", StringComparison.Ordinal));
        var text = RemoteBook.Text(format, bytes);
        Assert.Contains(RemoteBook.Before, text, StringComparison.Ordinal);
        Assert.Contains("[interdite]", text, StringComparison.Ordinal);
        Assert.DoesNotContain(server.BaseUrl, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("docx")]
    public async Task A_server_that_never_answers_costs_the_timeout_and_is_reported(string format)
    {
        using var trap = new LoopbackTrap();
        using var temp = RemoteBook.Create($"![photo]({trap.Url}/photo.jpg)");

        var (_, space) = await RemoteBook.ExportAsync(format, temp, Allowed with { RemoteImageTimeout = TimeSpan.FromMilliseconds(500) });

        Assert.True(trap.WasContacted, "remote images on, yet the image's server was not asked");
        var failure = Assert.Single(space.Diagnostics.Items, d => d.Code == DiagnosticCodes.ImageRemoteFailed);
        Assert.Equal(("README.md", 5), (failure.File, failure.Line));
        Assert.Contains("no complete answer within 0.5 s", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("docx")]
    public async Task A_remote_svg_is_sanitized_like_a_local_one(string format)
    {
        using var trap = new LoopbackTrap();
        using var server = new ImageServer().File("drawing.svg", HostileFiles.Svg("file:///etc/passwd", trap.Url), "image/svg+xml");
        using var temp = RemoteBook.Create($"![dessin]({server.Url("drawing.svg")})");

        var (bytes, space) = await RemoteBook.ExportAsync(format, temp, Allowed);

        Assert.False(trap.WasContacted, "the remote SVG's own references were followed");
        Assert.Contains(space.Diagnostics.Items, d => d.Code == DiagnosticCodes.ImageSvgExternal && d.File == "README.md" && d.Line == 5);
        Assert.Empty(TempSpace.Places(space, DiagnosticCodes.ImageRemoteFailed));
        Assert.False(bytes.AsSpan().IndexOf(System.Text.Encoding.ASCII.GetBytes(trap.Url)) >= 0, "the trap's address reached the document");
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("docx")]
    public async Task Without_private_networks_a_loopback_image_is_refused_before_connecting(string format)
    {
        using var server = new ImageServer().File("photo.jpg", Photo, "image/jpeg");
        using var temp = RemoteBook.Create($"![photo]({server.Url("photo.jpg")})\n\n![localhost](http://localhost:{new Uri(server.BaseUrl).Port}/photo.jpg)");

        var (bytes, space) = await RemoteBook.ExportAsync(format, temp, Allowed with { AllowPrivateNetworkImages = false });

        Assert.Equal(0, server.Requests("photo.jpg"));
        var failures = space.Diagnostics.Items.Where(d => d.Code == DiagnosticCodes.ImageRemoteFailed).ToList();
        Assert.Equal([5, 7], failures.Select(d => d.Line));
        Assert.All(failures, d => Assert.Contains("is a local or private network address", d.Message, StringComparison.Ordinal));
        Assert.False(RemoteBook.Embeds(format, bytes, Photo));
    }

    [Fact]
    public async Task Only_the_first_addresses_up_to_the_limit_are_fetched()
    {
        using var server = new ImageServer().File("one.jpg", Photo, "image/jpeg").File("two.jpg", Photo, "image/jpeg");
        using var temp = RemoteBook.Create($"![un]({server.Url("one.jpg")})\n\n![deux]({server.Url("two.jpg")})");

        var (_, space) = await RemoteBook.ExportAsync("docx", temp, Allowed with { MaxRemoteImages = 1 });

        Assert.Equal((1, 0), (server.Requests("one.jpg"), server.Requests("two.jpg")));
        var failure = Assert.Single(space.Diagnostics.Items, d => d.Code == DiagnosticCodes.ImageRemoteFailed);
        Assert.Equal(7, failure.Line);
        Assert.Contains("1 remote images at most", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Limits_out_of_range_fail_the_fetch_not_the_export()
    {
        using var server = new ImageServer().File("photo.jpg", Photo, "image/jpeg");
        using var temp = RemoteBook.Create($"![photo]({server.Url("photo.jpg")})\n\n![encore](http://127.0.0.1:9/photo.jpg)");

        var (_, zeroTime) = await RemoteBook.ExportAsync("docx", temp, Allowed with { RemoteImageTimeout = TimeSpan.Zero });
        var (_, negativeSize) = await RemoteBook.ExportAsync("pdf", temp, Allowed with { MaxImageBytes = -1, RemoteImageTimeout = TimeSpan.MaxValue });

        Assert.Equal(["README.md:5", "README.md:7"], TempSpace.Places(zeroTime, DiagnosticCodes.ImageRemoteFailed));
        Assert.Equal(["README.md:5", "README.md:7"], TempSpace.Places(negativeSize, DiagnosticCodes.ImageRemoteFailed));
        Assert.Contains(negativeSize.Diagnostics.Items, d => d.Line == 5 && d.Message.Contains("larger than 0 bytes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_corpus_remote_images_go_through_the_callers_handler_once_each()
    {
        var corpus = TestPaths.CorpusOrSkip();
        using var handler = new AnswerEverything(Photo);
        var off = await SpaceLoader.LoadAsync(corpus, cancellationToken: TestContext.Current.CancellationToken);
        var on = await SpaceLoader.LoadAsync(corpus, Allowed, cancellationToken: TestContext.Current.CancellationToken);
        using var offOutput = new MemoryStream();
        using var onOutput = new MemoryStream();

        await DocxExporter.ExportAsync(off, ExportSelection.Book, Theme.Default, offOutput, new DocxExportOptions { Date = RemoteBook.Day }, TestContext.Current.CancellationToken);
        await DocxExporter.ExportAsync(on, ExportSelection.Book, Theme.Default, onOutput, new DocxExportOptions { Date = RemoteBook.Day, RemoteImageHandler = handler }, TestContext.Current.CancellationToken);

        var notFetched = TempSpace.Places(off, DiagnosticCodes.ImageRemote);
        Assert.NotEmpty(notFetched);
        Assert.Equal(handler.Requests.Distinct().Count(), handler.Requests.Count);
        Assert.InRange(handler.Requests.Count, 1, notFetched.Length);
        Assert.Empty(TempSpace.Places(on, DiagnosticCodes.ImageRemote));
        Assert.Empty(TempSpace.Places(on, DiagnosticCodes.ImageRemoteFailed));
        Assert.Equal(RemoteBook.ImageParts(offOutput.ToArray()) + handler.Requests.Count, RemoteBook.ImageParts(onOutput.ToArray()));
    }

    /// <summary>A handler as a library user would give (a proxy, a cache): answers every request with the same picture, in process.</summary>
    private sealed class AnswerEverything(byte[] picture) : HttpMessageHandler
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> requests = new();

        public IReadOnlyCollection<string> Requests => requests;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            requests.Enqueue(request.RequestUri!.AbsoluteUri);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(picture) });
        }
    }
}
