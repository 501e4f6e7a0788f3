// Passkeys (WebAuthn) on the account and second-step pages. A button carrying data-passkey-create or
// data-passkey-get holds the server's options (WebAuthn's JSON form); its click asks the browser (and so the phone,
// security key or laptop) to create or use a passkey, puts the answer, as JSON, in the form's hidden field named by
// data-passkey-field and submits the form with the button named by data-passkey-submit. What went wrong is said in
// the element named by data-passkey-status, a live region.
(function () {
    function bytes(text) {
        var base64 = text.replace(/-/g, '+').replace(/_/g, '/');
        var raw = atob(base64 + '==='.slice((base64.length + 3) % 4));
        var out = new Uint8Array(raw.length);
        for (var i = 0; i < raw.length; i++) {
            out[i] = raw.charCodeAt(i);
        }
        return out.buffer;
    }

    function text(buffer) {
        var view = new Uint8Array(buffer);
        var raw = '';
        for (var i = 0; i < view.length; i++) {
            raw += String.fromCharCode(view[i]);
        }
        return btoa(raw).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    }

    function withIds(list) {
        return (list || []).map(function (c) {
            return { type: c.type, id: bytes(c.id) };
        });
    }

    function creationOptions(o) {
        var options = Object.assign({}, o);
        options.challenge = bytes(o.challenge);
        options.user = Object.assign({}, o.user, { id: bytes(o.user.id) });
        options.excludeCredentials = withIds(o.excludeCredentials);
        return options;
    }

    function requestOptions(o) {
        var options = Object.assign({}, o);
        options.challenge = bytes(o.challenge);
        options.allowCredentials = withIds(o.allowCredentials);
        return options;
    }

    function asJson(credential) {
        var r = credential.response;
        var response = { clientDataJSON: text(r.clientDataJSON) };
        if (r.attestationObject) {
            response.attestationObject = text(r.attestationObject);
            response.transports = r.getTransports ? r.getTransports() : [];
        } else {
            response.authenticatorData = text(r.authenticatorData);
            response.signature = text(r.signature);
            response.userHandle = r.userHandle ? text(r.userHandle) : null;
        }
        return JSON.stringify({
            id: credential.id,
            rawId: text(credential.rawId),
            type: credential.type,
            response: response,
            clientExtensionResults: credential.getClientExtensionResults ? credential.getClientExtensionResults() : {},
            authenticatorAttachment: credential.authenticatorAttachment || null
        });
    }

    function say(button, message) {
        var status = document.getElementById(button.getAttribute('data-passkey-status'));
        if (status) {
            status.textContent = message;
        }
    }

    function ceremony(button) {
        if (!window.PublicKeyCredential || !navigator.credentials) {
            say(button, 'This browser cannot use passkeys. Use an authenticator app instead.');
            return;
        }
        var creating = button.hasAttribute('data-passkey-create');
        var options = JSON.parse(button.getAttribute(creating ? 'data-passkey-create' : 'data-passkey-get'));
        say(button, creating ? 'Follow your browser\u2019s prompts to create the passkey\u2026'
            : 'Follow your browser\u2019s prompts to use your passkey\u2026');
        button.disabled = true;
        var asked = creating ? navigator.credentials.create({ publicKey: creationOptions(options) })
            : navigator.credentials.get({ publicKey: requestOptions(options) });
        asked.then(function (credential) {
            document.getElementById(button.getAttribute('data-passkey-field')).value = asJson(credential);
            say(button, 'Checking\u2026');
            var submit = document.getElementById(button.getAttribute('data-passkey-submit'));
            submit.form.requestSubmit(submit);
        }).catch(function (error) {
            button.disabled = false;
            say(button, error && error.name === 'InvalidStateError'
                ? 'That passkey is registered already.'
                : 'No passkey was ' + (creating ? 'created' : 'used') + ': the request was cancelled, timed out or '
                    + 'found no passkey for this portal. Try again, or use ' + (creating ? 'an authenticator app.'
                    : 'a code from your authenticator app or a recovery code.'));
        });
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest && event.target.closest('[data-passkey-create],[data-passkey-get]');
        if (button) {
            event.preventDefault();
            ceremony(button);
        }
    });
})();
