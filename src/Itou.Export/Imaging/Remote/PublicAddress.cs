using System.Net;
using System.Net.Sockets;

namespace Itou.Export.Imaging.Remote;

/// <summary>
/// Tells addresses of the public internet from those of the machine and its networks: loopback,
/// private ranges, link-local (cloud metadata services live at 169.254.169.254), shared carrier
/// space, unspecified, multicast, and their IPv6 counterparts (IPv4-mapped ones judged as IPv4).
/// </summary>
internal static class PublicAddress
{
    /// <summary>Whether <paramref name="address"/> is routable on the public internet.</summary>
    public static bool Is(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
            return false;
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
            return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast);
        var bytes = address.GetAddressBytes();
        return bytes[0] switch
        {
            0 or 10 or 127 => false,
            100 => bytes[1] is < 64 or > 127,   // 100.64.0.0/10, carrier-grade NAT
            169 => bytes[1] != 254,              // 169.254.0.0/16, link-local
            172 => bytes[1] is < 16 or > 31,     // 172.16.0.0/12
            192 => bytes[1] != 168,              // 192.168.0.0/16
            >= 224 => false,                     // multicast and reserved
            _ => true,
        };
    }
}
