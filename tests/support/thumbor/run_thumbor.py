"""Starts the vendored Thumbor (tests/support/thumbor/) with stand-ins for what Debian does not
package: the JpegIPTC module and two of Thumbor's compiled filter helpers, imported when the PIL engine
loads but used only by features the test configuration leaves off (PRESERVE_IPTC_INFO, the fill
and blur filters)."""

import os
import sys
import types

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)


def unavailable(name):
    def fail(*_args, **_kwargs):
        raise RuntimeError(f"{name} is not available in the vendored Thumbor")

    return fail


jpeg_iptc = types.ModuleType("JpegIPTC")
jpeg_iptc.JpegIPTC = unavailable("JpegIPTC")
sys.modules["JpegIPTC"] = jpeg_iptc

# C helpers of Thumbor's image filters, imported by filter modules the PIL engine loads (fill, blur).
# _composite and _bounding_box stay missing: Thumbor checks for those itself and does without.
for helper in ("_fill", "_convolution"):
    module = types.ModuleType(f"thumbor.ext.filters.{helper}")
    module.apply = unavailable(f"thumbor.ext.filters.{helper}")
    sys.modules[module.__name__] = module

from thumbor.server import main  # noqa: E402

if __name__ == "__main__":
    main(sys.argv[1:])
