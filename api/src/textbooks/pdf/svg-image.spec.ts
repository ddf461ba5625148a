import { sanitizeSvg, svgAspectRatio } from './svg-image';

describe('sanitizeSvg', () => {
  it('keeps local references and inline images but drops every other href', () => {
    const svg =
      '<svg><use href="#arrow"/><image xlink:href="data:image/png;base64,AAAA"/>' +
      '<a xlink:href="javascript:alert(1)"><text>가</text></a><a x="1"href=\'JaVaScRiPt&#58;x\'/>' +
      '<image href="/etc/passwd"/><image href="https://example.org/x.png"/></svg>';
    expect(sanitizeSvg(svg)).toBe(
      '<svg><use href="#arrow"/><image xlink:href="data:image/png;base64,AAAA"/>' +
        '<a ><text>가</text></a><a x="1"/><image /><image /></svg>',
    );
  });
});

describe('svgAspectRatio', () => {
  it('reads the viewBox, else width and height', () => {
    expect(svgAspectRatio('<svg viewBox="0 0 400 160" width="10" height="10">')).toBe(0.4);
    expect(svgAspectRatio('<svg width="200px" height="100px">')).toBe(0.5);
    expect(svgAspectRatio('<svg>')).toBeNull();
  });
});
