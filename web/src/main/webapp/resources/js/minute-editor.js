// The minute editor (PrimeFaces' textEditor, Quill) made keyboard-friendly: Tab and Shift+Tab leave the editor
// instead of inserting a tab (no keyboard trap), the editing area is the one labelled, multi-line text box, and
// a save always sends what was typed.
(function () {
    function prepare(attempt) {
        var widget = window.PF && PF('minuteEditor');
        if (!widget || !widget.editor) {
            if (attempt < 100) {
                setTimeout(function () { prepare(attempt + 1); }, 50);
            }
            return;
        }
        var quill = widget.editor;
        quill.keyboard.bindings['Tab'] = [];
        // The editing area is the text box; PrimeFaces also marks its container as one, which would be a second,
        // unnamed text box around the first.
        widget.jq.removeAttr('role');
        var area = quill.root;
        area.setAttribute('role', 'textbox');
        area.setAttribute('aria-multiline', 'true');
        area.setAttribute('aria-labelledby', 'minute:textLabel');
        area.setAttribute('aria-describedby', 'minute:textHelp');
        // The editor copies its text into the form field when it loses focus; a save that comes before the browser
        // reports that (a quick key press on Save) must still send every word typed.
        widget.jq.closest('form').on('submit', function () {
            widget.input.val(widget.getEditorValue());
        });
    }
    document.addEventListener('DOMContentLoaded', function () { prepare(0); });
})();
