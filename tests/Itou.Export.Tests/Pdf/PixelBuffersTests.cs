using System.Runtime.InteropServices;
using Itou.Export.Pdf;

namespace Itou.Export.Tests.Pdf;

public sealed class PixelBuffersTests
{
    [Fact]
    public void A_buffer_given_back_serves_the_next_request_that_fits_in_it()
    {
        using var buffers = new PixelBuffers();
        var first = buffers.Rent(1000);
        buffers.Return(first);

        var second = buffers.Rent(600);

        Assert.Equal(first, second);
        buffers.Return(second);
    }

    [Fact]
    public void A_request_larger_than_any_buffer_kept_grows_the_largest_one()
    {
        using var buffers = new PixelBuffers();
        var small = buffers.Rent(100);
        buffers.Return(small);

        var large = buffers.Rent(5000);

        Assert.Equal(5000, large.Size);
        buffers.Return(large);
        Assert.Equal(large, buffers.Rent(4000));
        buffers.Return(large);
    }

    [Fact]
    public void Buffers_in_use_at_once_are_distinct_and_writable()
    {
        using var buffers = new PixelBuffers();
        var one = buffers.Rent(64);
        var two = buffers.Rent(64);

        Assert.NotEqual(one.Address, two.Address);
        Marshal.WriteByte(one.Address, 63, 1);
        Marshal.WriteByte(two.Address, 63, 2);
        Assert.Equal(1, Marshal.ReadByte(one.Address, 63));
        buffers.Return(one);
        buffers.Return(two);
    }
}
