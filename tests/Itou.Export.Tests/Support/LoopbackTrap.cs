using System.Net;
using System.Net.Sockets;

namespace Itou.Export.Tests.Support;

/// <summary>
/// A loopback address that accepts connections (the system queues them) and never answers: whether
/// anything tried to reach it shows whether an export went to the network; a request made to it waits
/// until the client gives up.
/// </summary>
internal sealed class LoopbackTrap : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);

    public LoopbackTrap()
    {
        listener.Start();
        Url = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
    }

    /// <summary>The trap's address, without a trailing slash.</summary>
    public string Url { get; }

    /// <summary>Whether anything connected.</summary>
    public bool WasContacted => listener.Pending();

    public void Dispose() => listener.Dispose();
}
