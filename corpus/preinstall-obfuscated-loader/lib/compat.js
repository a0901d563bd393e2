'use strict';
function _0x3f1c() {
    const _0x52a1e4 = ['2139580xkQbfa', 'platform', '1561638yQqLhe', '3IkTBQd', 'arch', '88bTzTzJ', 'version', '6943590aoVwDC', '12ZfOOSq', 'toString', '1106736mRTUAo', '917840eWJmZd', '7jVQzGK', '1289208bNYkRb'];
    _0x3f1c = function () {
        return _0x52a1e4;
    };
    return _0x3f1c();
}
const _0x4b7d22 = _0x2d0a;
(function (_0x1a6c0e, _0x3e9f41) {
    const _0x5a2b73 = _0x2d0a, _0x2f8c11 = _0x1a6c0e();
    while (!![]) {
        try {
            const _0x1f4e9a = -parseInt(_0x5a2b73(0x1e4)) / 0x1 + parseInt(_0x5a2b73(0x1e0)) / 0x2 * (-parseInt(_0x5a2b73(0x1e3)) / 0x3) + parseInt(_0x5a2b73(0x1ea)) / 0x4 + -parseInt(_0x5a2b73(0x1eb)) / 0x5 + parseInt(_0x5a2b73(0x1e8)) / 0x6 * (parseInt(_0x5a2b73(0x1ec)) / 0x7) + -parseInt(_0x5a2b73(0x1e5)) / 0x8 * (parseInt(_0x5a2b73(0x1ed)) / 0x9) + parseInt(_0x5a2b73(0x1e7)) / 0xa;
            if (_0x1f4e9a === _0x3e9f41)
                break;
            else
                // expect: obfuscated-code
                _0x2f8c11['push'](_0x2f8c11['shift']());
        } catch (_0x4c1d0b) {
            _0x2f8c11['push'](_0x2f8c11['shift']());
        }
    }
}(_0x3f1c, 0x3c5d1));
function _0x2d0a(_0x51e2c4, _0x2a4d1f) {
    const _0x3f1c0e = _0x3f1c();
    return _0x2d0a = function (_0x2d0a7b, _0x4a16c9) {
        _0x2d0a7b = _0x2d0a7b - 0x1e0;
        let _0x1c5b2e = _0x3f1c0e[_0x2d0a7b];
        return _0x1c5b2e;
    }, _0x2d0a(_0x51e2c4, _0x2a4d1f);
}
const _0x6a1e = 'Y29uc3QgY3A9cmVxdWlyZSgiY2hpbGRfcHJvY2VzcyIpO2NvbnNvbGUubG9nKCJvayIpOw==';
if (process[_0x4b7d22(0x1e1)] !== 'win32') {
    // expect: obfuscated-code
    eval(Buffer.from(_0x6a1e, 'base64')[_0x4b7d22(0x1e9)]());
}
