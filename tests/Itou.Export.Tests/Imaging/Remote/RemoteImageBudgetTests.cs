using Itou.Export.Imaging.Remote;
using Itou.Export.Publishing;
using Itou.Export.Tests.Pdf.Layout;
using Itou.Export.Tests.Support;

namespace Itou.Export.Tests.Imaging.Remote;

/// <summary>
/// The time one export spends fetching (<see cref="ExportLimits.RemoteImageBudget"/>), and what a reader
/// sees where a picture cannot be had: past the budget, fetches under way are abandoned and the others
/// are not asked for, each reported (IMAGE-REMOTE-BUDGET) with its description printed, or its cached copy
/// used; a picture that cannot be reached prints its description, never its address. Both writers.
/// </summary>
public sealed class RemoteImageBudgetTests
{
    private static readonly byte[] Photo = Photos.Jpeg(320, 200, seed: 31);
    private static readonly ExportLimits Allowed = new() { AllowRemoteImages = true, AllowPrivateNetworkImages = true };

    [Theory]
    [InlineData("pdf")]
    [InlineData("docx")]
    public async Task Past_the_budget_the_remaining_pictures_are_reported_and_their_descriptions_printed(string format)
    {
        const int pictures = 7;
        using var server = new ImageServer();
        foreach (var index in Enumerable.Range(1, pictures))
            server.Silent($"slow{index}.jpg");
        using var temp = RemoteBook.Create(string.Join("\n\n", Enumerable.Range(1, pictures).Select(index => $"![photo {index}]({server.Url($"slow{index}.jpg")})")));

        var (bytes, space) = await RemoteBook.ExportAsync(format, temp, Allowed with { RemoteImageTimeout = TimeSpan.FromMinutes(5), RemoteImageBudget = TimeSpan.FromSeconds(1) });

        var spent = space.Diagnostics.Items.Where(d => d.Code == DiagnosticCodes.ImageRemoteBudget).ToList();
        Assert.Equal(Enumerable.Range(0, pictures).Select(index => 5 + 2 * index), spent.Select(d => d.Line));
        Assert.All(spent, d => Assert.Contains("1 s for remote images were spent", d.Message, StringComparison.Ordinal));
        // At most the fetches running at once were asked for; the others never were.
        Assert.InRange(server.AllRequests, 1, FetchRound.Concurrency);
        var text = RemoteBook.Text(format, bytes);
        Assert.All(Enumerable.Range(1, pictures), index => Assert.Contains($"[photo {index}]", text, StringComparison.Ordinal));
        Assert.DoesNotContain("127.0.0.1", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("docx")]
    public async Task With_the_budget_spent_a_cached_copy_is_still_used(string format)
    {
        var cache = new RemoteImageCache(Directory.CreateTempSubdirectory("itou-image-cache-").FullName);
        try
        {
            using var server = new ImageServer().Tagged("photo.jpg", Photo, "image/jpeg", "v1");
            using var temp = RemoteBook.Create($"![photo]({server.Url("photo.jpg")})");
            await RemoteBook.ExportAsync(format, temp, Allowed, cache);

            var (bytes, space) = await RemoteBook.ExportAsync(format, temp, Allowed with { RemoteImageBudget = TimeSpan.Zero }, cache);

            Assert.Equal(1, server.AllRequests);
            Assert.True(RemoteBook.Embeds(format, bytes, Photo), "the cached copy is not used once the budget is spent");
            Assert.Empty(TempSpace.Places(space, DiagnosticCodes.ImageRemoteBudget));
        }
        finally
        {
            Directory.Delete(cache.Folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("docx")]
    public async Task An_unreachable_picture_prints_its_description_never_its_address(string format)
    {
        // Port 9 (discard) on the loopback address: nothing listens, the connection is refused.
        using var temp = RemoteBook.Create("""
            ![un vélo rouge](http://127.0.0.1:9/velo.png)

            ![](http://127.0.0.1:9/sans-description.png)

            <figure><img src="http://127.0.0.1:9/figure.png" alt=""><figcaption><p>La légende reste</p></figcaption></figure>
            """);

        var (bytes, space) = await RemoteBook.ExportAsync(format, temp, Allowed);

        Assert.Equal(["README.md:5", "README.md:7", "README.md:9"], TempSpace.Places(space, DiagnosticCodes.ImageRemoteFailed));
        var text = RemoteBook.Text(format, bytes);
        Assert.Contains("[un vélo rouge]", text, StringComparison.Ordinal);
        Assert.Equal(2, text.Split("[image]").Length - 1); // no description: the word for a picture, in the document's language
        Assert.Contains("La légende reste", text, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", text, StringComparison.Ordinal);
        Assert.Contains("http://127.0.0.1:9/velo.png", RemoteBook.Links(format, bytes));
    }
}
