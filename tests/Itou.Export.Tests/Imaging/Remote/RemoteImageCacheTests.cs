using Itou.Export.Publishing;
using Itou.Export.Tests.Pdf.Layout;
using Itou.Export.Tests.Support;

namespace Itou.Export.Tests.Imaging.Remote;

/// <summary>
/// Exports through a <see cref="RemoteImageCache"/> and a loopback server: the second export asks with the
/// ETag and keeps its copy on a 304, a copy the server said is fresh is used without asking, and with remote
/// images off the cached copy is embedded and no connection is made. Each case runs through both writers.
/// </summary>
public sealed class RemoteImageCacheTests : IDisposable
{
    private static readonly byte[] Photo = Photos.Jpeg(320, 200, seed: 21);
    private static readonly ExportLimits Allowed = new() { AllowRemoteImages = true, AllowPrivateNetworkImages = true };
    private readonly RemoteImageCache cache = new(Directory.CreateTempSubdirectory("itou-image-cache-").FullName);

    public void Dispose() => Directory.Delete(cache.Folder, recursive: true);

    [Theory]
    [InlineData("pdf")]
    [InlineData("docx")]
    public async Task A_second_export_asks_with_the_etag_and_keeps_its_copy_on_a_304(string format)
    {
        using var server = new ImageServer().Tagged("photo.jpg", Photo, "image/jpeg", "v1");
        using var temp = RemoteBook.Create($"![photo]({server.Url("photo.jpg")})");

        var (first, _) = await RemoteBook.ExportAsync(format, temp, Allowed, cache);
        var (second, space) = await RemoteBook.ExportAsync(format, temp, Allowed, cache);

        Assert.Equal((2, 1), (server.Requests("photo.jpg"), server.NotModified("photo.jpg")));
        Assert.True(RemoteBook.Embeds(format, second, Photo), "the copy kept on a 304 is not in the second document");
        Assert.Equal(first, second);
        Assert.DoesNotContain(space.Diagnostics.Items, d => d.Code.StartsWith("IMAGE-", StringComparison.Ordinal));
        Assert.Single(Directory.GetFiles(cache.Folder, "*.img"));
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("docx")]
    public async Task A_copy_the_server_said_is_fresh_is_used_without_asking(string format)
    {
        using var server = new ImageServer().Tagged("photo.jpg", Photo, "image/jpeg", "v1", maxAgeSeconds: 3600);
        using var temp = RemoteBook.Create($"![photo]({server.Url("photo.jpg")})");

        await RemoteBook.ExportAsync(format, temp, Allowed, cache);
        var (second, _) = await RemoteBook.ExportAsync(format, temp, Allowed, cache);

        Assert.Equal(1, server.AllRequests);
        Assert.True(RemoteBook.Embeds(format, second, Photo), "the fresh copy is not in the second document");
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("docx")]
    public async Task With_remote_images_off_the_cached_copy_is_embedded_without_a_connection(string format)
    {
        using var server = new ImageServer().Tagged("photo.jpg", Photo, "image/jpeg", "v1");
        using var temp = RemoteBook.Create($"![photo]({server.Url("photo.jpg")})\n\n![autre]({server.Url("other.jpg")})");
        await RemoteBook.ExportAsync(format, temp, Allowed, cache);
        var asked = server.AllRequests;

        var (offline, space) = await RemoteBook.ExportAsync(format, temp, Allowed with { AllowRemoteImages = false }, cache);

        Assert.Equal(asked, server.AllRequests);
        Assert.True(RemoteBook.Embeds(format, offline, Photo), "the cached copy is not in the document made offline");
        Assert.Equal(["README.md:7"], TempSpace.Places(space, DiagnosticCodes.ImageRemote)); // other.jpg: 404 the first time, nothing cached
        Assert.Contains("[autre]", RemoteBook.Text(format, offline), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_copy_fetched_from_a_private_network_is_not_used_where_private_networks_are_not_allowed()
    {
        using var server = new ImageServer().Tagged("photo.jpg", Photo, "image/jpeg", "v1");
        using var temp = RemoteBook.Create($"![photo]({server.Url("photo.jpg")})");
        await RemoteBook.ExportAsync("docx", temp, Allowed, cache);

        var (bytes, space) = await RemoteBook.ExportAsync("docx", temp, new ExportLimits(), cache);

        Assert.False(RemoteBook.Embeds("docx", bytes, Photo), "a copy fetched with private networks allowed was used without that permission");
        Assert.Equal(["README.md:5"], TempSpace.Places(space, DiagnosticCodes.ImageRemote));
    }
}
