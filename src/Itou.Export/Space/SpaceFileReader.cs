using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Itou.Export.Publishing;

namespace Itou.Export.Space;

/// <summary>
/// Reads text files of the space: size-bounded, contained (never follows a symlink out), decoded as
/// UTF-8 with invalid bytes replaced and reported.
/// </summary>
internal sealed class SpaceFileReader(string realRoot, ExportLimits limits, DiagnosticBag diagnostics)
{
    /// <summary>The space root with symlinks resolved: the containment boundary.</summary>
    public string RealRoot { get; } = realRoot;

    /// <summary>The text of a space-relative file, or null (and a diagnostic) when it is refused or unreadable.</summary>
    public string? Read(string spacePath)
    {
        var full = SpacePaths.Contained(RealRoot, spacePath);
        if (full is null)
        {
            diagnostics.Report(DiagnosticCodes.SpaceRead, spacePath, 0, "The file leads outside the space folder (symlink): not read.", DiagnosticSeverity.Error);
            return null;
        }
        try
        {
            var length = new FileInfo(full).Length;
            if (length > limits.MaxPageBytes)
            {
                diagnostics.Report(DiagnosticCodes.LimitPageSize, spacePath, 0, $"The file has {length:N0} bytes, more than the limit of {limits.MaxPageBytes:N0}: left out.", DiagnosticSeverity.Error);
                return null;
            }
            return Decode(File.ReadAllBytes(full), spacePath);
        }
        catch (FileNotFoundException)
        {
            diagnostics.Report(DiagnosticCodes.SpaceRead, spacePath, 0, "The file does not exist.", DiagnosticSeverity.Error);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.SpaceRead, spacePath, 0, "The file could not be read: " + e.Message, DiagnosticSeverity.Error);
            return null;
        }
    }

    /// <summary>UTF-8 (BOM skipped); invalid bytes become U+FFFD and one diagnostic points at the first.</summary>
    internal string Decode(byte[] bytes, string spacePath)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith(Encoding.UTF8.Preamble))
            span = span[Encoding.UTF8.Preamble.Length..];
        if (!Utf8.IsValid(span))
        {
            var line = span[..FirstInvalidByte(span)].Count((byte)'\n') + 1;
            diagnostics.Report(DiagnosticCodes.SpaceEncoding, spacePath, line, "The file is not valid UTF-8: invalid bytes are shown as \uFFFD.");
        }
        return Encoding.UTF8.GetString(span);
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var index = 0;
        while (index < bytes.Length && Rune.DecodeFromUtf8(bytes[index..], out _, out var consumed) == OperationStatus.Done)
            index += consumed;
        return index;
    }
}
