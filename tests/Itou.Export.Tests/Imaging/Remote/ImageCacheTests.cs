using Itou.Export.Imaging.Remote;
using Itou.Export.Publishing;
using Itou.Export.Tests.Pdf.Layout;

namespace Itou.Export.Tests.Imaging.Remote;

/// <summary>
/// The cache's files on disk: validators kept, the least recently used pictures deleted past the size,
/// a picture larger than the whole cache not kept, and a damaged or foreign entry read as a miss.
/// </summary>
public sealed class ImageCacheTests : IDisposable
{
    private static readonly ExportLimits Limits = new();
    private static readonly CacheValidators Validators = new("\"v1\"", new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), null);
    private readonly string folder = Directory.CreateTempSubdirectory("itou-image-cache-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_stored_picture_comes_back_with_its_validators()
    {
        var cache = new ImageCache(new RemoteImageCache(folder), Limits);
        var photo = Photos.Jpeg(64, 48, seed: 1);

        cache.Store(Address("a.jpg"), photo, Validators);
        var copy = cache.Find(Address("a.jpg"));

        Assert.NotNull(copy);
        Assert.Equal(photo, copy.Bytes);
        Assert.Equal(Validators, copy.Validators);
        Assert.False(copy.IsFresh);
        Assert.Null(cache.Find(Address("b.jpg")));
    }

    [Fact]
    public void Past_its_size_the_least_recently_used_pictures_are_deleted()
    {
        var pictures = new[] { "a.jpg", "b.jpg", "c.jpg" }.ToDictionary(name => name, name => Photos.Jpeg(64, 48, seed: name[0]));
        var unbounded = new ImageCache(new RemoteImageCache(folder) { MaxBytes = long.MaxValue }, Limits);
        var start = DateTime.UtcNow.AddHours(-3);
        foreach (var (name, index) in pictures.Keys.Select((name, index) => (name, index)))
        {
            unbounded.Store(Address(name), pictures[name], Validators);
            File.SetLastWriteTimeUtc(EntryOf(name, pictures[name]), start.AddHours(index)); // a, then b, then c used
        }
        var entrySizes = Directory.GetFiles(folder, "*.img").Select(file => new FileInfo(file).Length).ToList();
        var roomForTwo = entrySizes.Max() * 2 + entrySizes.Min() / 2;
        var cache = new ImageCache(new RemoteImageCache(folder) { MaxBytes = roomForTwo }, Limits);

        Assert.NotNull(cache.Find(Address("a.jpg"))); // a used again: now the most recent
        cache.Trim();

        Assert.Equal(2, Directory.GetFiles(folder, "*.img").Length);
        Assert.Null(cache.Find(Address("b.jpg")));
        Assert.NotNull(cache.Find(Address("a.jpg")));
        Assert.NotNull(cache.Find(Address("c.jpg")));
    }

    [Fact]
    public void A_picture_larger_than_the_whole_cache_is_not_kept()
    {
        var photo = Photos.Jpeg(64, 48, seed: 2);
        var cache = new ImageCache(new RemoteImageCache(folder) { MaxBytes = photo.Length - 1 }, Limits);

        cache.Store(Address("a.jpg"), photo, Validators);

        Assert.Empty(Directory.GetFiles(folder));
        Assert.Null(cache.Find(Address("a.jpg")));
    }

    [Theory]
    [InlineData("junk")]
    [InlineData("itou-export image cache 1\nhttp://example.org/other.jpg\n-\n-\n-\npublic\n\n")]
    [InlineData("itou-export image cache 1\nhttp://example.org/a.jpg\n-\n-\n-\npublic\n\nnot a picture")]
    public void A_damaged_or_foreign_entry_is_a_miss(string content)
    {
        var cache = new ImageCache(new RemoteImageCache(folder), Limits);
        var photo = Photos.Jpeg(64, 48, seed: 3);
        cache.Store(Address("a.jpg"), photo, Validators);
        var entry = Assert.Single(Directory.GetFiles(folder, "*.img"));

        File.WriteAllText(entry, content);

        Assert.Null(cache.Find(Address("a.jpg")));
    }

    private static Uri Address(string name) => new($"http://example.org/{name}");

    // The one entry file holding these bytes (the file names are hashes: found by content).
    private string EntryOf(string name, byte[] bytes) =>
        Directory.GetFiles(folder, "*.img").Single(file => File.ReadAllBytes(file).AsSpan().IndexOf(bytes) >= 0 && File.ReadAllText(file).Contains(name, StringComparison.Ordinal));
}
