/// Text from a map made safe to show in Markdown.
enum MarkdownText {
    /// `text` as Markdown renderers show it as written: no HTML, no table breaks, no emphasis
    /// from a name that happens to hold `*` or `_`, and no line breaks.
    static func escaped(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "|", "*", "_", "`", "[", "]", "\\": escaped += "\\" + String(character)
            case "\n", "\r": escaped += " "
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
