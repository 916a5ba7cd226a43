import { ruleTester } from '../rule-tester.js';
import { examples, rule } from './fee-unit.js';

ruleTester(rule, examples);
