import ActorMap
import Foundation

/// The server's own small pages: the index of a folder's maps, and what a map shows before it
/// has ever been read without errors. Every name from the disk or a map goes through
/// `MarkupText.html`. The index has one small script, which reloads it when the folder's maps
/// change; the other pages have none.
enum ServerPages {
    /// The index of `maps`, each a link to its page, with when its file last changed; its
    /// script listens at `events` and reloads the page when told to.
    ///
    /// - Parameters:
    ///   - maps: The maps listed.
    ///   - folder: The folder served.
    ///   - events: The address of the index's events.
    ///   - scriptNonce: The nonce the page's policy allows its script by.
    ///   - unaddressable: Map files left out for their names, which the page names, escaped.
    static func index(of maps: [ServedFolder.Map], folder: ServedFolder, events: String, scriptNonce: String,
                      unaddressable: [String] = []) -> String {
        let title = "Maps in " + (folder.givenPath as NSString).lastPathComponent
        var html = head(title: title, events: events)
        html += "<header><h1>\(MarkupText.html(title))</h1>\n"
        html += "<p class=\"muted\">Served from <code>\(MarkupText.html(folder.givenPath))</code>. "
            + "This list follows the folder: maps added, removed, renamed or saved show here on their own. "
            + "A map's page is redrawn whenever its file is saved; errors in the file show above the last good map.</p></header>\n<main>\n"
        if maps.isEmpty {
            html += "<p>No map files here: actormap reads "
                + ServedFolder.mapExtensions.sorted().map { "<code>.\($0)</code>" }.joined(separator: ", ")
                + " files, in this folder and the folders below it.</p>\n"
        } else {
            if maps.count >= ServedFolder.mostListed {
                html += "<p class=\"muted\">\(maps.count.formatted()) map files, in the order of their paths: the index lists no more, so some in this folder are left out. "
                    + "Serve a folder below this one to list its maps.</p>\n"
            } else {
                html += "<p class=\"muted\">" + (maps.count == 1 ? "1 map file." : "\(maps.count) map files, in the order of their paths.") + "</p>\n"
            }
            html += "<table><thead><tr><th>Map file</th><th>Last saved</th><th class=\"number\">Size</th></tr></thead><tbody>\n"
            // One formatter for every row: a folder may hold hundreds of maps.
            let dates = Self.dateFormatter()
            for map in maps {
                let attributes = try? FileManager.default.attributesOfItem(atPath: map.filePath)
                let modified = (attributes?[.modificationDate] as? Date).map(dates.string(from:)) ?? ""
                let size = (attributes?[.size] as? NSNumber).map { Self.sizeText($0.int64Value) } ?? ""
                html += "<tr><td><a href=\"\(MarkupText.html(Route.mapAddress(map.relativePath)))\">\(MarkupText.html(map.relativePath))</a></td>"
                    + "<td>\(MarkupText.html(modified))</td><td class=\"number\">\(MarkupText.html(size))</td></tr>\n"
            }
            html += "</tbody></table>\n"
        }
        if !unaddressable.isEmpty {
            let count = unaddressable.count
            let one = count == 1
            html += "<p class=\"muted\">\(count) map file\(one ? " is" : "s are") left out: \(one ? "its name is" : "their names are") "
                + "not UTF-8 text, or \(one ? "holds" : "hold") a control character or a backslash, which no address names, "
                + "or a mark that changes the order text reads in (U+202E and its kin), which would make a link read otherwise than the name is written. "
                + "Rename \(one ? "it" : "them") to open \(one ? "it" : "them") here: "
                + unaddressable.prefix(20).map { "<code>\(MarkupText.html(ServedFolder.shownName($0)))</code>" }.joined(separator: ", ")
                + (count > 20 ? " and \(count - 20) more" : "") + ".</p>\n"
        }
        html += "</main>\n<footer>Made with actormap serve. Only this machine can open these pages unless the server was started with --host.</footer>\n"
        html += "<script nonce=\"\(MarkupText.html(scriptNonce))\">\(indexScript)</script>\n</body>\n</html>\n"
        return html
    }

    /// The index's script: on `reload` from its events (whose address the body's
    /// `data-events` holds), the page loads again, keeping where it was scrolled to.
    static let indexScript = """
        (function(){var a=document.body.getAttribute('data-events');if(!a||!window.EventSource)return;\
        var s=new EventSource(a);s.addEventListener('reload',function(){s.close();location.reload();});})();
        """

    /// What a map shows while it has never been read without errors: its problems, and a
    /// refresh every two seconds, which shows the map once the file is fixed.
    static func problems(_ text: String, of map: ServedFolder.Map) -> String {
        let title = "\(map.displayPath) cannot be shown yet"
        var html = head(title: title, refresh: true)
        html += "<header><h1>\(MarkupText.html(title))</h1>\n"
        html += "<p class=\"muted\">The file has errors. Fix them and save: this page shows the map as soon as it can be read.</p></header>\n<main>\n"
        html += "<pre id=\"live-problems\">\(MarkupText.html(text))</pre>\n"
        html += "<p><a href=\"/\">All maps</a></p>\n</main>\n</body>\n</html>\n"
        return html
    }

    /// The plain page of an error status, such as 404.
    static func status(_ code: Int, _ sentence: String) -> String {
        head(title: "\(code)") + "<header><h1>\(code)</h1></header>\n<main><p>\(MarkupText.html(sentence))</p><p><a href=\"/\">All maps</a></p></main>\n</body>\n</html>\n"
    }

    private static func head(title: String, refresh: Bool = false, events: String? = nil) -> String {
        let body = events.map { "<body data-events=\"" + MarkupText.html($0) + "\">" } ?? "<body>"
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        \(refresh ? "<meta http-equiv=\"refresh\" content=\"2\">\n" : "")<title>\(MarkupText.html(title))</title>
        <style>\(style)</style>
        </head>
        \(body)

        """
    }

    /// The report's look, in small.
    private static let style = """
        :root{--ink:#1f2328;--muted:#59636e;--line:#d1d9e0;--band:#f6f8fa;--accent:#0969da;--bad:#b42318}
        body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);margin:0}
        header,main,footer{max-width:1100px;margin:0 auto;padding:0 20px}header{padding-top:24px}
        h1{font-size:1.7em;margin:.2em 0}.muted,footer{color:var(--muted)}footer{padding:24px 20px 40px;font-size:.9em}
        table{border-collapse:collapse;margin:.8em 0;min-width:60%}th,td{padding:.35em .8em;border-bottom:1px solid var(--line);text-align:left}
        th{background:var(--band)}.number{text-align:right;font-variant-numeric:tabular-nums}a{color:var(--accent)}
        code{background:var(--band);padding:0 .3em;border-radius:3px}
        pre{white-space:pre-wrap;background:#fef3f2;border:1px solid #fecdca;border-left:4px solid var(--bad);padding:12px 16px;border-radius:6px;font-size:.92em}
        """

    /// Dates as the index shows them: `2 Dec 2026, 14:05`.
    private static func dateFormatter() -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB")
        formatter.dateFormat = "d MMM yyyy, HH:mm"
        return formatter
    }

    private static func sizeText(_ bytes: Int64) -> String {
        bytes < 1024 ? "\(bytes) B" : bytes < 1 << 20 ? String(format: "%.1f KB", Double(bytes) / 1024) : String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }
}
