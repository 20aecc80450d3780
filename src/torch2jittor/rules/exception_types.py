"""`except RuntimeError:` also catches AssertionError, `except IndexError:` also RuntimeError.

The same misuse raises a different exception class in each framework: a shape mismatch in a
matmul, nn.Linear or a convolution is PyTorch's RuntimeError and an AssertionError from Jittor's
checks; an index out of range is PyTorch's IndexError and Jittor's RuntimeError. A handler
written for PyTorch's class would let Jittor's through, so in a file that uses torch the handler
names both."""
from __future__ import annotations

import ast

from . import register

# the class PyTorch raises -> the class Jittor raises for the same errors
JITTOR_ALSO_RAISES = {"RuntimeError": "AssertionError", "IndexError": "RuntimeError"}


@register(ast.ExceptHandler)
def widen_exception_types(conv, node: ast.ExceptHandler) -> None:
    if node.type is None or not conv.uses_torch:
        return
    names = node.type.elts if isinstance(node.type, ast.Tuple) else [node.type]
    if not all(isinstance(n, ast.Name) for n in names):
        return
    caught = [n.id for n in names]
    added = [JITTOR_ALSO_RAISES[c] for c in caught if c in JITTOR_ALSO_RAISES]
    added = [a for i, a in enumerate(added) if a not in caught and a not in added[:i]]
    if not added:
        return
    fc = conv.fc
    start, end = fc.src.start(node.type), fc.src.end(node.type)
    text = ", ".join(n.id for n in names) + ", " + ", ".join(added)
    fc.edits.replace(start, end, f"({text})")
