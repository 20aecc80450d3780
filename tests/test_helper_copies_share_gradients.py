"""Two copies of the helper package in one process (a script converted on its own beside a package
converted apart, each with its own jittor_compat) share the gradients: the script's backward()
fills what the package's optimizer steps from."""
import subprocess
import sys
import textwrap

import pytest

from torch2jittor import write_helper_module

pytestmark = pytest.mark.frameworks


def test_backward_in_one_copy_reaches_the_optimizer_of_another(tmp_path, jittor):
    write_helper_module(str(tmp_path))
    (tmp_path / "pkg").mkdir()
    write_helper_module(str(tmp_path / "pkg"))
    (tmp_path / "pkg" / "__init__.py").write_text(textwrap.dedent("""
        from . import jittor_compat as t2j
        from jittor import nn

        def build():
            model = nn.Linear(3, 1)
            return model, t2j.SGD(t2j.module_parameters(model), lr=0.5)
    """))
    script = textwrap.dedent("""
        import jittor as jt
        import jittor_compat as t2j
        import pkg

        assert pkg.t2j is not t2j  # two copies
        model, opt = pkg.build()
        before = model.weight.numpy().copy()
        opt.zero_grad()
        t2j.backward(model(jt.ones((2, 3))).sum())
        opt.step()
        assert abs(model.weight.numpy() - before).max() > 0.5, "the optimizer saw no gradient"
    """)
    subprocess.run([sys.executable, "-c", script], cwd=tmp_path, check=True)
