using System.Net;
using Itou.Export.Imaging.Remote;

namespace Itou.Export.Tests.Imaging.Remote;

/// <summary>
/// Which addresses a remote picture may be fetched from without <c>AllowPrivateNetworkImages</c>: only
/// public ones (no loopback, private range, link-local or cloud metadata, CGNAT, multicast; IPv4-mapped
/// addresses judged as IPv4).
/// </summary>
public class PublicAddressTests
{
    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.16.0.1", false)]
    [InlineData("172.32.0.1", true)]
    [InlineData("192.168.1.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("224.0.0.1", false)]
    [InlineData("93.184.215.14", true)]
    [InlineData("::1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("::ffff:192.168.0.1", false)]
    [InlineData("2606:2800:21f:cb07:6820:80da:af6b:8b2c", true)]
    public void Public_addresses_are_told_from_local_and_private_ones(string address, bool isPublic) =>
        Assert.Equal(isPublic, PublicAddress.Is(IPAddress.Parse(address)));
}
