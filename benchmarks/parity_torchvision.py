"""Parity of all 21 seed-family builders: torchvision's PyTorch model vs. its converted file.

For each builder: PyTorch model (torch.manual_seed(0), no downloads) and the converted Jittor model
get the same parameters and buffers, the same numpy input (batch 2, 224x224), eval mode. Prints a
markdown table: mean relative error (the seed's formula), max absolute error, the largest output
(randomly initialised deep ResNets reach large outputs: read the absolute error against it) and
whether the state_dict keys match.

    python benchmarks/parity_torchvision.py [--builders resnet18,vgg11] [--batch 2]
    python benchmarks/parity_torchvision.py --all     # every classification builder in torchvision
"""
from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time

os.environ.setdefault("nvcc_path", "")
os.environ.setdefault("log_silent", "1")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    from torch2jittor.tools.torchvision_models import ALL_BUILDER_FILE, BUILDER_FILE, CI_FAMILY_VARIANTS, SUPPORT_FILES

    parser.add_argument("--builders", default=",".join(BUILDER_FILE))
    parser.add_argument("--all", action="store_true", help="every classification builder of every family")
    parser.add_argument("--batch", type=int, default=2)
    args = parser.parse_args(argv)
    builders = list(ALL_BUILDER_FILE) if args.all else args.builders.split(",")
    # Inputs: 224x224, or what the family's architecture needs (see CI_FAMILY_VARIANTS).
    special = {file: (size, kw) for file, (_, size, kw) in CI_FAMILY_VARIANTS.items() if size > 224 or kw}

    import numpy as np
    import torch
    import torchvision

    from torch2jittor.tools.torchvision_models import convert_torchvision_files, import_converted  # noqa: F811
    from torch2jittor.tools.verify import compare, randomize_parameters

    out = tempfile.mkdtemp(prefix="t2j-parity-")
    files = sorted({ALL_BUILDER_FILE[b] for b in builders})
    convert_torchvision_files(files, out, SUPPORT_FILES)
    print(f"torch {torch.__version__}, torchvision {torchvision.__version__}, jittor {__import__('jittor').__version__}; "
          f"batch {args.batch}, 224x224 unless noted, CPU, threads {torch.get_num_threads()}")
    print()
    print("| model | mean rel err | max abs err | max abs output | state_dict keys |")
    print("| --- | ---: | ---: | ---: | --- |")
    worst = 0.0
    failed = []
    for builder in builders:
        started = time.perf_counter()
        file = ALL_BUILDER_FILE[builder]
        size, kwargs = 224, {}
        if file in special:
            size, kwargs = special[file]
            size = max(size, 224)
            kwargs = {k: (size if k == "image_size" else v) for k, v in kwargs.items()}
        image = np.random.RandomState(0).random_sample((args.batch, 3, size, size)).astype("float32")
        module = import_converted(file, out)
        torch.manual_seed(0)
        pt_model = getattr(torchvision.models, builder)(weights=None, **kwargs)
        jt_model = getattr(module, builder)(weights=None, **kwargs)
        if builder not in BUILDER_FILE:
            # Families beyond the seed's: some heads start at zero (ViT) or tiny values, which
            # would make both outputs ~0; random weights make the comparison mean something.
            randomize_parameters(pt_model)
        result = compare(pt_model, jt_model, image)
        worst = max(worst, result.mean_rel_err)
        keys = "identical" if result.keys_match else f"differ: {result.only_in_pytorch[:2]} {result.only_in_jittor[:2]}"
        label = builder if size == 224 else f"{builder} ({size}x{size})"
        print(f"| {label} | {result.mean_rel_err:.2e} | {result.max_abs_err:.2e} | {result.max_abs_output:.2e} | {keys} |",
              flush=True)
        print(f"  ({time.perf_counter() - started:.1f}s)", file=sys.stderr)
        if not result.ok():
            failed.append(builder)
        del pt_model, jt_model
        gc.collect()
    print()
    print(f"worst mean relative error: {worst:.2e}; over 1e-3 or keys differing: {', '.join(failed) or 'none'}")
    print("(state_dict keys compared without PyTorch's BatchNorm `num_batches_tracked` counters, which Jittor has not)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
