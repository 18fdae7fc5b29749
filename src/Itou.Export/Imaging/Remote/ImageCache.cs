using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Itou.Export.Publishing;

namespace Itou.Export.Imaging.Remote;

/// <summary>A picture kept by the cache, with its validators and whether it was fetched with private networks allowed.</summary>
internal sealed record CachedImage(byte[] Bytes, CacheValidators Validators, bool PrivateNetwork)
{
    /// <summary>Whether the server said the copy may still be used without asking.</summary>
    public bool IsFresh => Validators.FreshUntil > DateTimeOffset.UtcNow;
}

/// <summary>
/// The disk side of <see cref="RemoteImageCache"/>. One file per address, <c>SHA-256(address).img</c>: a
/// few text lines (a format line, the address, ETag, Last-Modified, fresh-until, the network rule it was
/// fetched under), a blank line, then the bytes. Written to a temporary file and renamed, so a reader (another
/// export running at the same time) sees the old entry or the new one, never half of one. The file's
/// write time is its last use (set at each use: access times are often not kept), which the LRU trim
/// reads. The cache is a convenience: any I/O problem is a miss, never a failed export.
/// </summary>
internal sealed class ImageCache(RemoteImageCache settings, ExportLimits limits)
{
    private const string Format = "itou-export image cache 1";
    private const string Extension = ".img";
    private const string None = "-";
    // Room for the header's lines (an address may be long) when a file's size is checked before it is read.
    private const long MaxHeaderBytes = 64 * 1024;

    /// <summary>
    /// The copy of <paramref name="url"/>, or null: none, unreadable, or no longer allowed (over today's
    /// size limit, not a picture, or fetched from a private network which these limits do not allow).
    /// </summary>
    public CachedImage? Find(Uri url)
    {
        try
        {
            var path = PathOf(url);
            if (!File.Exists(path) || new FileInfo(path).Length - MaxHeaderBytes > limits.MaxImageBytes)
                return null;
            var entry = Parse(File.ReadAllBytes(path), url);
            if (entry is null || entry.Bytes.Length > limits.MaxImageBytes || !RemoteImageFetcher.IsPicture(entry.Bytes)
                || (entry.PrivateNetwork && !limits.AllowPrivateNetworkImages))
                return null;
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
            return entry;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Keeps <paramref name="bytes"/> for <paramref name="url"/> (replacing an older copy), unless it alone is over the cache's size.</summary>
    public void Store(Uri url, byte[] bytes, CacheValidators validators)
    {
        if (bytes.Length > settings.MaxBytes)
            return;
        // "-" for an empty field: the first empty line ends the header.
        var header = string.Join('\n', Format, url.AbsoluteUri, validators.ETag ?? None, Date(validators.LastModified), Date(validators.FreshUntil),
            limits.AllowPrivateNetworkImages ? "private" : "public", "", "");
        var path = PathOf(url);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(settings.Folder);
            using (var file = File.Create(temporary))
            {
                file.Write(Encoding.UTF8.GetBytes(header));
                file.Write(bytes);
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
        }
    }

    /// <summary>
    /// Deletes the least recently used pictures until the cache holds at most <see cref="RemoteImageCache.MaxBytes"/>
    /// (ties by name, so that the same cache is trimmed the same way), and temporary files a crash left a day ago.
    /// </summary>
    public void Trim()
    {
        try
        {
            if (!Directory.Exists(settings.Folder))
                return;
            var folder = new DirectoryInfo(settings.Folder);
            foreach (var orphan in folder.EnumerateFiles("*.tmp").Where(file => file.LastWriteTimeUtc < DateTime.UtcNow.AddDays(-1)))
                TryDelete(orphan.FullName);
            var entries = folder.EnumerateFiles("*" + Extension)
                .OrderByDescending(file => file.LastWriteTimeUtc).ThenBy(file => file.Name, StringComparer.Ordinal).ToList();
            long kept = 0;
            foreach (var entry in entries)
            {
                kept += entry.Length;
                if (kept > settings.MaxBytes)
                    TryDelete(entry.FullName);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Trimmed next time.
        }
    }

    private string PathOf(Uri url) =>
        Path.Combine(settings.Folder, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url.AbsoluteUri))) + Extension);

    // The header's lines up to the blank one, then the bytes; null when it is not an entry for this address.
    private static CachedImage? Parse(byte[] file, Uri url)
    {
        var end = file.AsSpan().IndexOf("\n\n"u8);
        if (end < 0)
            return null;
        var lines = Encoding.UTF8.GetString(file, 0, end).Split('\n');
        if (lines is not [Format, var address, var etag, var modified, var fresh, var network] || address != url.AbsoluteUri)
            return null;
        var validators = new CacheValidators(etag == None ? null : etag, Date(modified), Date(fresh));
        return new CachedImage(file[(end + 2)..], validators, network == "private");
    }

    private static string Date(DateTimeOffset? date) => date?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture) ?? None;

    private static DateTimeOffset? Date(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Another export may be using it; it goes at the next trim.
        }
    }
}
