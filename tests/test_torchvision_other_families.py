"""Every further torchvision classification family, converted from the installed files (with the
torchvision building blocks they import, ops/misc.py etc., converted alongside): smallest variant of
each, same weights, same input, eval mode, PyTorch vs. Jittor. Run them all with
`python benchmarks/parity_torchvision.py --all`.
"""
import numpy as np
import pytest

from torch2jittor.tools.torchvision_models import CI_EXTRA_VARIANTS, CI_FAMILY_VARIANTS, MORE_FAMILIES, SUPPORT_FILES, convert_torchvision_files, import_converted
from torch2jittor.tools.verify import compare, randomize_parameters

pytestmark = pytest.mark.frameworks


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    out = str(tmp_path_factory.mktemp("converted_families"))
    return out, convert_torchvision_files(list(MORE_FAMILIES), out, SUPPORT_FILES)


def test_every_family_file_converts_with_nothing_unsupported(converted):
    _, results = converted
    report = {name: sorted({d.api for d in r.unsupported}) for name, r in results.items() if r.unsupported}
    assert report == {}


VARIANTS = [(family, *CI_FAMILY_VARIANTS[family]) for family in sorted(CI_FAMILY_VARIANTS)] + CI_EXTRA_VARIANTS


@pytest.mark.parametrize("family, builder, size, kwargs", VARIANTS, ids=[v[1] for v in VARIANTS])
def test_family_parity(converted, torch, jittor, family, builder, size, kwargs):
    import torchvision

    out, _ = converted
    module = import_converted(family, out)
    torch.manual_seed(0)
    pt_model = getattr(torchvision.models, builder)(weights=None, **kwargs)
    jt_model = getattr(module, builder)(weights=None, **kwargs)
    # torchvision initialises some heads to zero (ViT) or tiny values: random weights make the
    # comparison mean something.
    randomize_parameters(pt_model)
    image = np.random.RandomState(0).random_sample((2, 3, size, size)).astype("float32")
    result = compare(pt_model, jt_model, image)
    print(f"\n{builder} ({size}x{size}): mean rel err {result.mean_rel_err:.2e}, max abs err "
          f"{result.max_abs_err:.2e}, largest output {result.max_abs_output:.2e}")
    assert result.keys_match, (result.only_in_pytorch[:5], result.only_in_jittor[:5])
    assert result.output_shape == (2, 1000)
    assert result.max_abs_output > 0  # a model whose output is all zeros would prove nothing
    assert result.mean_rel_err < 1e-3
    assert result.max_abs_err <= 1e-4 * max(1.0, result.max_abs_output)
