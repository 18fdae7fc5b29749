using Itou.Export.Localization;
using Itou.Export.Space;

namespace Itou.Export.Imaging;

/// <summary>
/// What both writers print where a picture cannot be drawn (reported by the picture store): its
/// description in brackets, so that the reader knows something was there and what. Never a web address,
/// which tells a reader of paper nothing and may run over a line: without a description, a remote
/// picture is "[image]" in the document's language (the writer links it to its address), a space file its name.
/// </summary>
internal static class PictureStandIn
{
    /// <summary>The words printed for the picture <paramref name="reference"/> described by <paramref name="description"/> (its alt text).</summary>
    public static string Text(string? description, string reference, Labels labels)
    {
        if (!string.IsNullOrWhiteSpace(description))
            return $"[{description.Trim()}]";
        var target = LinkTargets.Clean(reference);
        var name = LinkTargets.IsExternal(target) ? "" : Path.GetFileName(target);
        return $"[{(name.Length > 0 ? name : labels.Image)}]";
    }
}
