using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Itou.Export.Tests.Support;

/// <summary>
/// A web server on the loopback address for remote-image tests: each path answers one way (a file, a
/// file with an ETag that answers 304 to a request that has it, an HTTP status, a redirect, a body that
/// never ends, no answer at all), and every request is counted.
/// </summary>
internal sealed class ImageServer : IDisposable
{
    /// <summary>Most bytes an endless body sends before giving up (a client that keeps reading is a bug the test sees).</summary>
    public const long EndlessLimit = 64L * 1024 * 1024;

    private readonly HttpListener listener = new();
    private readonly ConcurrentDictionary<string, Func<HttpListenerRequest, HttpListenerResponse, Task>> routes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> requests = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> notModified = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource closing = new();
    private readonly Task serving;

    public ImageServer()
    {
        BaseUrl = $"http://127.0.0.1:{FreePort()}/";
        listener.Prefixes.Add(BaseUrl);
        listener.Start();
        serving = Task.Run(ServeAsync);
    }

    /// <summary>The server's address, with a trailing slash.</summary>
    public string BaseUrl { get; }

    /// <summary>The full address of <paramref name="path"/> (no leading slash).</summary>
    public string Url(string path) => BaseUrl + path;

    /// <summary>How many requests <paramref name="path"/> received.</summary>
    public int Requests(string path) => requests.GetValueOrDefault("/" + path);

    /// <summary>How many requests the server received, whatever their path.</summary>
    public int AllRequests => requests.Values.Sum();

    /// <summary>How many requests for <paramref name="path"/> were answered 304 Not Modified.</summary>
    public int NotModified(string path) => notModified.GetValueOrDefault("/" + path);

    /// <summary>Answers <paramref name="path"/> with <paramref name="body"/>.</summary>
    public ImageServer File(string path, byte[] body, string contentType) => Route(path, (_, response) => SendAsync(response, body, contentType));

    /// <summary>
    /// Answers <paramref name="path"/> with <paramref name="body"/> and the ETag <paramref name="etag"/> (quoted),
    /// or 304 Not Modified, without a body, to a request whose If-None-Match names it; with
    /// <paramref name="maxAgeSeconds"/>, says the picture stays fresh that long (Cache-Control: max-age).
    /// </summary>
    public ImageServer Tagged(string path, byte[] body, string contentType, string etag, int? maxAgeSeconds = null) => Route(path, (request, response) =>
    {
        var tag = $"\"{etag}\"";
        response.Headers["ETag"] = tag;
        if (maxAgeSeconds is { } maxAge)
            response.Headers["Cache-Control"] = $"max-age={maxAge}";
        if (request.Headers["If-None-Match"] != tag)
            return SendAsync(response, body, contentType);
        notModified.AddOrUpdate(request.Url!.AbsolutePath, 1, (_, count) => count + 1);
        response.StatusCode = (int)HttpStatusCode.NotModified;
        return Task.CompletedTask;
    });

    private static async Task SendAsync(HttpListenerResponse response, byte[] body, string contentType)
    {
        response.ContentType = contentType;
        response.ContentLength64 = body.Length;
        await response.OutputStream.WriteAsync(body);
    }

    /// <summary>Answers <paramref name="path"/> with an HTTP status and a short text body.</summary>
    public ImageServer Status(string path, HttpStatusCode status) => Route(path, async (_, response) =>
    {
        response.StatusCode = (int)status;
        var body = Encoding.UTF8.GetBytes($"status {(int)status}");
        await response.OutputStream.WriteAsync(body);
    });

    /// <summary>Redirects <paramref name="path"/> to <paramref name="location"/> (302).</summary>
    public ImageServer Redirect(string path, string location) => Route(path, (_, response) =>
    {
        response.StatusCode = (int)HttpStatusCode.Found;
        response.RedirectLocation = location;
        return Task.CompletedTask;
    });

    /// <summary>
    /// Answers <paramref name="path"/> with a PNG signature followed by zeros, chunked (no length announced),
    /// until the client stops reading or <see cref="EndlessLimit"/> bytes were sent.
    /// </summary>
    public ImageServer Endless(string path) => Route(path, async (_, response) =>
    {
        response.ContentType = "image/png";
        response.SendChunked = true;
        var chunk = new byte[64 * 1024];
        byte[] signature = [0x89, .. "PNG\r\n\x1A\n"u8];
        signature.CopyTo(chunk, 0);
        for (long sent = 0; sent < EndlessLimit; sent += chunk.Length)
        {
            await response.OutputStream.WriteAsync(chunk);
            chunk.AsSpan(0, signature.Length).Clear();
        }
    });

    /// <summary>Receives requests for <paramref name="path"/> and never answers them.</summary>
    public ImageServer Silent(string path) => Route(path, (_, _) => Task.Delay(Timeout.Infinite, closing.Token));

    private ImageServer Route(string path, Func<HttpListenerRequest, HttpListenerResponse, Task> answer)
    {
        routes["/" + path] = answer;
        return this;
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        requests.AddOrUpdate(path, 1, (_, count) => count + 1);
        try
        {
            if (routes.TryGetValue(path, out var answer))
                await answer(context.Request, context.Response);
            else
                context.Response.StatusCode = (int)HttpStatusCode.NotFound;
            context.Response.Close();
        }
        catch (Exception exception) when (exception is HttpListenerException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The client went away (a body past its size cap, a timeout) or the server is closing: nothing to answer.
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        closing.Cancel();
        listener.Close();
        serving.Wait(TimeSpan.FromSeconds(5));
        closing.Dispose();
    }
}
