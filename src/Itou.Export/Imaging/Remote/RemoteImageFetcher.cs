using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Itou.Export.Imaging;
using Itou.Export.Publishing;

namespace Itou.Export.Imaging.Remote;

/// <summary>
/// Fetches one image over http or https within the export limits: a time limit for the whole exchange
/// (<see cref="ExportLimits.RemoteImageTimeout"/>), a few redirects followed only to http(s), a body read
/// as a stream and abandoned past <see cref="ExportLimits.MaxImageBytes"/>, and the bytes checked to be a
/// picture (a raster header Skia reads, or SVG) before anyone decodes them. Given a cached copy, asks
/// with its validators (If-None-Match, If-Modified-Since) and keeps it on a 304 answer. Never throws for
/// the network's sake: every failure is a <see cref="FetchedImage.Problem"/>.
/// </summary>
internal sealed class RemoteImageFetcher(HttpClient client, ExportLimits limits)
{
    /// <summary>Redirects followed for one image.</summary>
    public const int MaxRedirects = 5;

    /// <summary>
    /// The handler used when the caller gives none: no automatic redirects (they are checked here);
    /// connecting is bounded by the image's timeout like the rest of the exchange. Unless
    /// <see cref="ExportLimits.AllowPrivateNetworkImages"/>, it connects only to public addresses, checked
    /// after name resolution at every connection (redirects included, and a name that resolves
    /// differently the second time gains nothing), and without the environment's proxy, which would be
    /// such an address itself.
    /// </summary>
    public static HttpMessageHandler DefaultHandler(ExportLimits limits)
    {
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(1) };
        if (!limits.AllowPrivateNetworkImages)
        {
            handler.UseProxy = false;
            handler.ConnectCallback = ConnectToPublicAsync;
        }
        return handler;
    }

    private static async ValueTask<Stream> ConnectToPublicAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        var reachable = addresses.Where(PublicAddress.Is).ToArray();
        if (reachable.Length == 0)
            throw new IOException($"{host} is a local or private network address (remote images come from the public internet only)");
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(reachable, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>A client over <paramref name="handler"/> (not disposed with it): timeouts are this class's.</summary>
    public static HttpClient Client(HttpMessageHandler handler)
    {
        var client = new HttpClient(handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Itou.Export", typeof(RemoteImageFetcher).Assembly.GetName().Version?.ToString(2)));
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("image/*"));
        return client;
    }

    /// <summary>
    /// The image at <paramref name="url"/> (http or https), or the reason it cannot be used; <paramref name="cached"/>'s
    /// bytes when the server answers that they have not changed.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (a timeout is a problem, not an exception).</exception>
    public async Task<FetchedImage> FetchAsync(Uri url, CachedImage? cached, CancellationToken cancellationToken)
    {
        // A zero or negative timeout fails every fetch, as asked.
        using var timeout = TimeLimit.After(limits.RemoteImageTimeout, cancellationToken);
        try
        {
            return await FollowAsync(url, cached, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FetchedImage.Failed($"no complete answer within {limits.RemoteImageTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");
        }
        catch (HttpRequestException exception)
        {
            return FetchedImage.Failed($"cannot be reached ({exception.InnerException?.Message ?? exception.Message})");
        }
        catch (IOException exception)
        {
            return FetchedImage.Failed($"the connection failed ({exception.Message})");
        }
    }

    private async Task<FetchedImage> FollowAsync(Uri url, CachedImage? cached, CancellationToken cancellationToken)
    {
        var current = url;
        for (var redirects = 0; ; redirects++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, current);
            if (cached is not null)
                AskIfChanged(request, cached.Validators);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
            {
                var next = new Uri(current, location);
                if (!IsWeb(next))
                    return FetchedImage.Failed($"redirected to '{next}', which is not http or https");
                if (redirects == MaxRedirects)
                    return FetchedImage.Failed($"more than {MaxRedirects} redirects");
                current = next;
                continue;
            }
            if (response.StatusCode == HttpStatusCode.NotModified && cached is not null)
                return new FetchedImage(cached.Bytes, null) { Validators = Kept(response, cached.Validators) };
            if (!response.IsSuccessStatusCode)
                return FetchedImage.Failed($"the server answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd());
            var image = await ReadImageAsync(response.Content, cancellationToken).ConfigureAwait(false);
            return image.Bytes is null ? image : image with { Validators = Kept(response, null) };
        }
    }

    private async Task<FetchedImage> ReadImageAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var cap = Math.Max(0, limits.MaxImageBytes);
        var tooLarge = FetchedImage.Failed($"larger than {cap:N0} bytes");
        if (content.Headers.ContentLength > cap)
            return tooLarge;
        var body = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (body.ConfigureAwait(false))
        {
            // One byte past the cap is enough to know the body is too large: the rest is never read.
            using var bytes = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, cap + 1 - bytes.Length)), cancellationToken).ConfigureAwait(false)) > 0)
            {
                bytes.Write(buffer, 0, read);
                if (bytes.Length > cap)
                    return tooLarge;
            }
            var data = bytes.ToArray();
            if (!IsPicture(data))
                return FetchedImage.Failed($"not a picture (the server sent {content.Headers.ContentType?.MediaType ?? "no content type"}, {data.Length:N0} bytes)");
            return new FetchedImage(data, null);
        }
    }

    /// <summary>Whether <paramref name="bytes"/> start like a picture: a raster header Skia reads, or SVG (checked again, fully, by the picture store).</summary>
    public static bool IsPicture(byte[] bytes) => bytes.Length > 0 && (ImageHeader.PixelSize(bytes) is not null || SvgSanitizer.LooksLikeSvg(bytes));

    // The cached copy's validators, sent back so that an unchanged picture costs a 304 and no body.
    private static void AskIfChanged(HttpRequestMessage request, CacheValidators validators)
    {
        if (validators.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
            request.Headers.IfNoneMatch.Add(tag);
        if (validators.LastModified is { } modified)
            request.Headers.IfModifiedSince = modified;
    }

    // What a cache keeps of an answer (a 304 refreshes the validators it repeats); null when the server says not to keep it.
    private static CacheValidators? Kept(HttpResponseMessage response, CacheValidators? before)
    {
        var control = response.Headers.CacheControl;
        if (control is { NoStore: true })
            return null;
        DateTimeOffset? freshUntil = control is { NoCache: false, MaxAge: { } maxAge } ? DateTimeOffset.UtcNow + maxAge : null;
        return new CacheValidators(response.Headers.ETag?.ToString() ?? before?.ETag,
            response.Content.Headers.LastModified ?? before?.LastModified, freshUntil);
    }

    /// <summary>Whether <paramref name="url"/> is an absolute http or https address: the only ones fetched.</summary>
    public static bool IsWeb(Uri url) => url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
        or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;
}
