using Itou.Export.Publishing;
using Markdig.Syntax;

namespace Itou.Export.Rendering;

/// <summary>
/// The guard both writers put around each top-level block of a page: a construct a renderer fails on
/// must not take the rest of the document down with it. The block is left out, reported where it
/// stands (<see cref="DiagnosticCodes.RenderFailed"/>, accounting for everything inside it), and the
/// export goes on with the next block.
/// </summary>
internal static class BlockGuard
{
    /// <summary>
    /// Runs <paramref name="write"/> for <paramref name="block"/> of the page at <paramref name="file"/>; when it
    /// throws, <paramref name="undo"/> takes back what it had written so far and the failure is reported.
    /// </summary>
    public static void Write(Block block, string file, DiagnosticBag diagnostics, Action write, Action? undo = null)
    {
        try
        {
            write();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            undo?.Invoke();
            diagnostics.Replaced(ReplacedContent.Block, DiagnosticCodes.RenderFailed, file, block.Line + 1,
                $"A {block.GetType().Name} could not be written and was left out ({exception.Message}).", DiagnosticSeverity.Error);
        }
    }
}
