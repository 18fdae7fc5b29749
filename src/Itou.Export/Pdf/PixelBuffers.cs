using System.Runtime.InteropServices;

namespace Itou.Export.Pdf;

/// <summary>A block of native memory from <see cref="PixelBuffers"/>.</summary>
internal readonly record struct PixelBuffer(nint Address, long Size);

/// <summary>
/// Native memory that pictures are decoded and scaled into, kept from picture to picture during one
/// export. Fresh buffers of a few MB each cost a page fault every 4 KB (the kernel mapping memory in was
/// a fifth of an export's CPU time), and as managed arrays they would be large objects, which bring on
/// full collections. Buffers in use are at most two a picture being prepared; all are freed with the export.
/// </summary>
internal sealed class PixelBuffers : IDisposable
{
    private readonly Lock gate = new();
    private readonly List<PixelBuffer> free = [];
    private bool disposed;

    /// <summary>At least <paramref name="size"/> bytes, to give back with <see cref="Return"/>.</summary>
    public unsafe PixelBuffer Rent(long size)
    {
        PixelBuffer? largest = null;
        lock (gate)
        {
            var index = -1;
            for (var i = 0; i < free.Count; i++)
            {
                if (index < 0 || free[i].Size > free[index].Size)
                    index = i;
            }
            if (index >= 0)
            {
                largest = free[index];
                free.RemoveAt(index);
            }
        }
        if (largest is { } reused && reused.Size >= size)
            return reused;
        // Too small: grown rather than kept beside (the buffers never outnumber the ones in use at once), in
        // place where the allocator can, so that only the added part is memory never touched.
        return largest is { } small
            ? new PixelBuffer((nint)NativeMemory.Realloc((void*)small.Address, (nuint)size), size)
            : new PixelBuffer((nint)NativeMemory.Alloc((nuint)size), size);
    }

    /// <summary>Takes <paramref name="buffer"/> back (frees it when the export is over).</summary>
    public unsafe void Return(PixelBuffer buffer)
    {
        lock (gate)
        {
            if (!disposed)
            {
                free.Add(buffer);
                return;
            }
        }
        NativeMemory.Free((void*)buffer.Address); // a picture prepared after the export ended (never drawn)
    }

    /// <inheritdoc/>
    public unsafe void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            foreach (var buffer in free)
                NativeMemory.Free((void*)buffer.Address);
            free.Clear();
        }
    }
}
